// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ReportCharts.h"

#include "attendance/AttendanceReport.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>

namespace tsunagu::ui {

ReportCharts::ReportCharts(QWidget* parent)
    : QWidget(parent)
{
    auto* attendanceChart = new QChart;
    m_attendanceChart = attendanceChart;
    attendanceChart->setTitle(tr("Participants per meeting"));
    attendanceChart->legend()->hide();
    m_attendance = new QLineSeries(attendanceChart);
    m_attendance->setObjectName(QStringLiteral("attendanceSeries"));
    m_attendance->setPointsVisible(true);
    attendanceChart->addSeries(m_attendance);
    m_timeAxis = new QDateTimeAxis(attendanceChart);
    m_timeAxis->setObjectName(QStringLiteral("attendanceTimeAxis"));
    m_timeAxis->setTickCount(5);
    m_countAxis = new QValueAxis(attendanceChart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setMin(0);
    attendanceChart->addAxis(m_timeAxis, Qt::AlignBottom);
    attendanceChart->addAxis(m_countAxis, Qt::AlignLeft);
    m_attendance->attachAxis(m_timeAxis);
    m_attendance->attachAxis(m_countAxis);
    m_attendanceView = new QChartView(attendanceChart, this);
    m_attendanceView->setObjectName(QStringLiteral("attendanceChartView"));
    m_attendanceView->setRenderHint(QPainter::Antialiasing);
    m_attendanceView->setMinimumHeight(220);

    auto* sharesChart = new QChart;
    sharesChart->setTitle(tr("Shares by category"));
    sharesChart->legend()->setAlignment(Qt::AlignRight);
    m_shares = new QPieSeries(sharesChart);
    m_shares->setObjectName(QStringLiteral("sharesSeries"));
    sharesChart->addSeries(m_shares);
    m_sharesView = new QChartView(sharesChart, this);
    m_sharesView->setObjectName(QStringLiteral("sharesChartView"));
    m_sharesView->setRenderHint(QPainter::Antialiasing);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attendanceView, 3);
    layout->addWidget(m_sharesView, 2);
}

ReportCharts::Points ReportCharts::pointsOf(const QVector<MeetingAttendance>& meetings)
{
    Points result;
    if (meetings.size() <= s_maxMeetingPoints) {
        result.points.reserve(meetings.size());
        for (const MeetingAttendance& m : meetings)
            result.points.append(QPointF(double(m.start.toMSecsSinceEpoch()), m.total));
        return result;
    }
    // Meetings come earliest first: one running sum per month.
    result.monthly = true;
    const QTimeZone japan("Asia/Tokyo");
    QDate month;
    qint64 sum = 0;
    int count = 0;
    const auto flush = [&] {
        if (count > 0)
            result.points.append(
                QPointF(double(QDateTime(month, QTime(0, 0), japan).toMSecsSinceEpoch()), double(sum) / count));
    };
    for (const MeetingAttendance& m : meetings) {
        const QDate day = m.start.toTimeZone(japan).date();
        const QDate first(day.year(), day.month(), 1);
        if (first != month) {
            flush();
            month = first;
            sum = 0;
            count = 0;
        }
        sum += m.total;
        ++count;
    }
    flush();
    return result;
}

void ReportCharts::showReport(const AttendanceReport& report, const Points& points)
{
    m_attendanceChart->setTitle(points.monthly ? tr("Participants per meeting, average of each month")
                                               : tr("Participants per meeting"));
    m_attendance->replace(points.points);
    m_attendance->setPointsVisible(points.points.size() <= 100);
    double highest = 0;
    for (const QPointF& p : points.points)
        highest = std::max(highest, p.y());
    const QDateTime first =
        report.meetings.isEmpty() ? QDateTime(report.from, QTime(0, 0)) : report.meetings.first().start.addDays(-1);
    const QDateTime last =
        report.meetings.isEmpty() ? QDateTime(report.to, QTime(0, 0)) : report.meetings.last().start.addDays(1);
    m_timeAxis->setRange(first, last);
    // Dates as the rest of the window writes them, without the year when the whole range lies in one (the period
    // above the chart says which), so that five labels fit side by side; months alone when each point is a month.
    if (points.monthly) {
        //: Month format of the attendance chart's time axis (QDateTime::toString). Japanese: yyyy年M月
        m_timeAxis->setFormat(tr("MMM yyyy"));
    } else if (first.date().year() == last.date().year()) {
        //: Date format of the attendance chart's time axis within one year (QDateTime::toString). Japanese: M月d日
        m_timeAxis->setFormat(tr("d MMM"));
    } else {
        //: Date format of the attendance chart's time axis across years (QDateTime::toString). Japanese: yyyy年M月d日
        m_timeAxis->setFormat(tr("d MMM yyyy"));
    }
    m_timeAxis->setTickCount(points.monthly || first.date().year() == last.date().year() ? 5 : 4);
    m_countAxis->setRange(0, std::max(5.0, highest * 1.1 + 1));
    m_countAxis->applyNiceNumbers();

    m_shares->clear();
    const qint64 counts[] = {report.totals.persons, report.totals.families, report.totals.supporters,
                             report.totals.others};
    const QString names[] = {tr("Persons"), tr("Families"), tr("Supporters/visitors"), tr("Others")};
    for (int i = 0; i < 4; ++i) {
        const int permille = report.sharesPermille[size_t(i)];
        auto* slice = m_shares->append(tr("%1 %2 %").arg(names[i], QLocale().toString(permille / 10.0, 'f', 1)),
                                       double(counts[i]));
        slice->setObjectName(QStringLiteral("shareSlice%1").arg(i));
    }
}

} // namespace tsunagu::ui
