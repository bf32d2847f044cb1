// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QPieSeries;
class QDateTimeAxis;
class QValueAxis;

namespace tsunagu {
struct AttendanceReport;
struct MeetingAttendance;
} // namespace tsunagu

namespace tsunagu::ui {

// The two charts of 集計 (Qt Charts): participants per meeting over time ("attendanceChartView", a line series
// "attendanceSeries" with one point per meeting: x the start in ms since the epoch, y the participants) and the
// shares by category ("sharesChartView", a pie "sharesSeries" of 本人, 家族, 支援者・見学, その他). The series
// belong to the charts' scenes: reach them through the views.
class ReportCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ReportCharts(QWidget* parent = nullptr);

    // The line's points: one per meeting while they can be told apart (up to s_maxMeetingPoints), else the average
    // per meeting of each month (x: the month's first day). Pure, so a worker thread computes them: ten years of
    // twelve rooms are 12,500 meetings, which Qt Charts would take well over 50 ms to lay out and draw.
    struct Points
    {
        QList<QPointF> points;
        bool monthly = false;
    };
    static Points pointsOf(const QVector<MeetingAttendance>& meetings);
    static constexpr int s_maxMeetingPoints = 400;

    // Shows `report` with the points computed for it; they are set in one go.
    void showReport(const AttendanceReport& report, const Points& points);

private:
    QChart* m_attendanceChart = nullptr;
    QChartView* m_attendanceView = nullptr;
    QChartView* m_sharesView = nullptr;
    QLineSeries* m_attendance = nullptr;
    QPieSeries* m_shares = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
};

} // namespace tsunagu::ui
