// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QPair>
#include <QVector>

namespace tsunagu {

// Sums of attendance over the meetings held (not cancelled, attendance recorded) in a period.
struct AttendanceTotals
{
    int meetingsHeld = 0;
    qint64 persons = 0;
    qint64 families = 0;
    qint64 supporters = 0;
    qint64 others = 0;
    qint64 firstTimers = 0;
    qint64 total() const { return persons + families + supporters + others; }
};

// One meeting held, for the chart of attendance over time.
struct MeetingAttendance
{
    QDateTime start; // Japan time
    QString roomCode;
    int total = 0;
};

// The raw figures of a report, read with SQL that touches each attendance row once. `roomId` 0 means every room;
// periods are [from, to) moments.
class ReportRepository
{
public:
    explicit ReportRepository(Database& database)
        : m_database(database)
    {}

    StoreResult<AttendanceTotals> totals(qint64 roomId, const QDateTime& from, const QDateTime& to) const;
    // At most `limit` meetings, earliest first (the chart thins them out further when it needs to).
    StoreResult<QVector<MeetingAttendance>> perMeeting(qint64 roomId, const QDateTime& from, const QDateTime& to,
                                                       int limit) const;
    StoreResult<int> membersJoined(qint64 roomId, const QDate& from, const QDate& toExclusive) const;
    // Applicants received in the period by the referral source they wrote (empty: not stated), most first.
    StoreResult<QVector<QPair<QString, int>>> referralSources(qint64 roomId, const QDateTime& from,
                                                              const QDateTime& to) const;
    // Seconds from receipt to first reply of the applicants received in the period who got one.
    StoreResult<QVector<qint64>> firstReplySeconds(qint64 roomId, const QDateTime& from, const QDateTime& to) const;

private:
    Database& m_database;
};

} // namespace tsunagu
