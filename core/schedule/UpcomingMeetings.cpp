// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/UpcomingMeetings.h"

#include "schedule/OccurrencePlanner.h"

namespace tsunagu {
namespace {

// Far enough for three meetings of a room that meets every two months.
constexpr int s_horizonDays = 400;

} // namespace

StoreResult<QVector<QDateTime>> UpcomingMeetings::next(const MeetingSeries& series, int count) const
{
    const QDateTime now = m_clock.now();
    // Cancelled meetings are left out, so ask for enough to still have `count` after them.
    auto planned = OccurrencePlanner(m_database).forSeries(series, now, now.addDays(s_horizonDays), count + 50);
    if (!planned)
        return planned.error();
    QVector<QDateTime> starts;
    for (const PlannedOccurrence& p : planned.value()) {
        if (p.cancelled)
            continue;
        starts.append(p.start);
        if (starts.size() >= count)
            break;
    }
    return starts;
}

} // namespace tsunagu
