// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QLineSeries;
class QPieSeries;
class QDateTimeAxis;
class QValueAxis;

namespace tsunagu {
struct AttendanceReport;
}

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

    // Shows `report`; its points are set in one go, so thousands of meetings cost one repaint.
    void showReport(const AttendanceReport& report);

private:
    QChartView* m_attendanceView = nullptr;
    QChartView* m_sharesView = nullptr;
    QLineSeries* m_attendance = nullptr;
    QPieSeries* m_shares = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
};

} // namespace tsunagu::ui
