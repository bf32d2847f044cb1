// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Meeting.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QVector>

namespace tsunagu {

// The next meetings of a series, for a reply: its RRULE expanded with libical and the host's changes laid over it
// (cancelled meetings left out, moved ones at their new start, extra ones included); see OccurrencePlanner.
class UpcomingMeetings
{
public:
    UpcomingMeetings(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // Up to `count` starts at or after now, earliest first, in the series' zone (Asia/Tokyo). Empty when the
    // series plans none (paused, ended, or a rule libical rejects).
    StoreResult<QVector<QDateTime>> next(const MeetingSeries& series, int count) const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
