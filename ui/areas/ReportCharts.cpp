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
#include <QValueAxis>

#include <algorithm>

namespace tsunagu::ui {

ReportCharts::ReportCharts(QWidget* parent)
    : QWidget(parent)
{
    auto* attendanceChart = new QChart;
    attendanceChart->setTitle(tr("Participants per meeting"));
    attendanceChart->legend()->hide();
    m_attendance = new QLineSeries(attendanceChart);
    m_attendance->setObjectName(QStringLiteral("attendanceSeries"));
    m_attendance->setPointsVisible(true);
    attendanceChart->addSeries(m_attendance);
    m_timeAxis = new QDateTimeAxis(attendanceChart);
    m_timeAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
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

void ReportCharts::showReport(const AttendanceReport& report)
{
    QList<QPointF> points;
    points.reserve(report.meetings.size());
    int highest = 0;
    for (const MeetingAttendance& m : report.meetings) {
        points.append(QPointF(double(m.start.toMSecsSinceEpoch()), m.total));
        highest = std::max(highest, m.total);
    }
    m_attendance->replace(points);
    // Points are drawn while each can be seen; a line through thousands of them is clearer without.
    m_attendance->setPointsVisible(points.size() <= 100);
    const QDateTime first =
        report.meetings.isEmpty() ? QDateTime(report.from, QTime(0, 0)) : report.meetings.first().start.addDays(-1);
    const QDateTime last =
        report.meetings.isEmpty() ? QDateTime(report.to, QTime(0, 0)) : report.meetings.last().start.addDays(1);
    m_timeAxis->setRange(first, last);
    m_countAxis->setRange(0, std::max(5, highest + highest / 10 + 1));
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
