// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

// Meeting series with their occurrences and the attendance recorded for them.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database& database)
        : m_database(database)
    {}

    StoreResult<qint64> insertSeries(const MeetingSeries& series);
    StoreResult<QVector<MeetingSeries>> seriesForRoom(qint64 roomId) const;
    StoreResult<qint64> insertOccurrence(const Occurrence& occurrence);
    StoreResult<Done> recordAttendance(const Attendance& attendance, const QDateTime& recordedAt, qint64 hostId = 0);
    // Occurrences starting at or after the moment `from` (any zone), earliest first.
    StoreResult<QVector<OccurrenceRow>> upcoming(const QDateTime& from, int limit) const;
    // Occurrences that started in [from, to) (moments, any zone) and were not cancelled, with attendance, summed
    // per room.
    StoreResult<QVector<RoomAttendanceSummary>> attendanceByRoom(const QDateTime& from, const QDateTime& to) const;

private:
    Database& m_database;
};

} // namespace tsunagu
