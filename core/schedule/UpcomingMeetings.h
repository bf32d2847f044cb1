// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Meeting.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QVector>

namespace tsunagu {

// The next meetings of a series, for a reply: from the occurrences table when the series has future rows there
// (cancelled ones are left out), else expanded from its RRULE in Japan time.
class UpcomingMeetings
{
public:
    UpcomingMeetings(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // Up to `count` starts at or after now, earliest first, as moments in Asia/Tokyo. Empty when neither the
    // table nor the rule gives any.
    StoreResult<QVector<QDateTime>> next(const MeetingSeries& series, int count) const;

private:
    StoreResult<QVector<QDateTime>> fromOccurrences(const MeetingSeries& series, int count, bool* anyFuture) const;
    QVector<QDateTime> fromRule(const MeetingSeries& series, int count) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
