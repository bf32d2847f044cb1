// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceReport.h"

#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace tsunagu {

std::array<int, 4> AttendanceReport::shares(const AttendanceTotals& t)
{
    const std::array<qint64, 4> counts{t.persons, t.families, t.supporters, t.others};
    const qint64 total = t.total();
    std::array<int, 4> result{};
    if (total <= 0)
        return result;
    // Largest remainder: floor every share, then give the missing tenths to the largest remainders.
    std::array<qint64, 4> remainders{};
    int given = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        result[i] = int(counts[i] * 1000 / total);
        remainders[i] = counts[i] * 1000 % total;
        given += result[i];
    }
    std::array<size_t, 4> order{0, 1, 2, 3};
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
    for (size_t k = 0; given < 1000; ++k, ++given)
        ++result[order[k % 4]];
    return result;
}

qint64 AttendanceReport::median(QVector<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const int n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

StoreResult<AttendanceReport> AttendanceReportBuilder::build(qint64 roomId, const QString& roomCode, const QDate& from,
                                                             const QDate& to, int chartLimit) const
{
    const QTimeZone japan("Asia/Tokyo");
    const QDateTime start(from, QTime(0, 0), japan);
    const QDateTime end(to.addDays(1), QTime(0, 0), japan);
    ReportRepository figures(m_database);
    AttendanceReport report;
    report.roomCode = roomCode;
    report.from = from;
    report.to = to;
    auto totals = figures.totals(roomId, start, end);
    if (!totals)
        return totals.error();
    report.totals = totals.value();
    report.averagePerMeeting =
        report.totals.meetingsHeld > 0 ? double(report.totals.total()) / report.totals.meetingsHeld : 0.0;
    report.sharesPermille = AttendanceReport::shares(report.totals);
    auto joined = figures.membersJoined(roomId, from, to.addDays(1));
    if (!joined)
        return joined.error();
    report.membersJoined = joined.value();
    auto sources = figures.referralSources(roomId, start, end);
    if (!sources)
        return sources.error();
    report.referralSources = sources.value();
    auto replies = figures.firstReplySeconds(roomId, start, end);
    if (!replies)
        return replies.error();
    report.medianFirstReplySeconds = AttendanceReport::median(replies.value());
    auto meetings = figures.perMeeting(roomId, start, end, chartLimit);
    if (!meetings)
        return meetings.error();
    report.meetings = meetings.value();
    return report;
}

} // namespace tsunagu
