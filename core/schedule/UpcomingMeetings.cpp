// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/UpcomingMeetings.h"

#include "schedule/Recurrence.h"
#include "storage/MeetingRepository.h"

#include <QSet>
#include <QTimeZone>

namespace tsunagu {
namespace {

constexpr int s_pageSize = 500;
constexpr int s_maxPages = 20;
// Far enough for three meetings of a room that meets every two months.
constexpr int s_ruleHorizonDays = 400;

} // namespace

StoreResult<QVector<QDateTime>> UpcomingMeetings::next(const MeetingSeries& series, int count) const
{
    bool anyFuture = false;
    auto stored = fromOccurrences(series, count, &anyFuture);
    if (!stored)
        return stored.error();
    if (anyFuture)
        return stored;
    return fromRule(series, count);
}

StoreResult<QVector<QDateTime>> UpcomingMeetings::fromOccurrences(const MeetingSeries& series, int count,
                                                                  bool* anyFuture) const
{
    // MeetingRepository lists the upcoming occurrences of every room; read it page by page and keep this
    // series' rows until there are enough.
    MeetingRepository meetings(m_database);
    QVector<QDateTime> starts;
    QSet<qint64> seen;
    QDateTime from = m_clock.now();
    for (int page = 0; page < s_maxPages && starts.size() < count; ++page) {
        auto rows = meetings.upcoming(from, s_pageSize);
        if (!rows)
            return rows.error();
        for (const OccurrenceRow& row : rows.value()) {
            if (seen.contains(row.occurrence.id))
                continue;
            seen.insert(row.occurrence.id);
            if (row.occurrence.seriesId != series.id)
                continue;
            *anyFuture = true;
            if (!row.occurrence.cancelled && starts.size() < count)
                starts.append(row.occurrence.startsAt);
        }
        if (rows->size() < s_pageSize)
            break;
        from = rows->last().occurrence.startsAt;
    }
    return starts;
}

QVector<QDateTime> UpcomingMeetings::fromRule(const MeetingSeries& series, int count) const
{
    const QTimeZone japan("Asia/Tokyo");
    const QDateTime now = m_clock.now();
    const QDateTime firstStart = series.firstStart.toTimeZone(japan);
    if (!firstStart.isValid() || series.rrule.isEmpty())
        return {};
    const QDate today = now.toTimeZone(japan).date();
    QVector<QDateTime> starts;
    for (const QDate& date :
         Recurrence::expand(series.rrule, firstStart.date(), today, today.addDays(s_ruleHorizonDays))) {
        const QDateTime start(date, firstStart.time(), japan);
        if (start < now || start < firstStart)
            continue;
        starts.append(start);
        if (starts.size() >= count)
            break;
    }
    return starts;
}

} // namespace tsunagu
