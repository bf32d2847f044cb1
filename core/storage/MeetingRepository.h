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

    Database& database() const { return m_database; }

    StoreResult<qint64> insertSeries(const MeetingSeries& series);
    // Changes every field of the series `series.id` (NotFound when there is none).
    StoreResult<Done> updateSeries(const MeetingSeries& series);
    // Removes the series with its occurrences and their attendance.
    StoreResult<Done> removeSeries(qint64 seriesId);
    StoreResult<MeetingSeries> series(qint64 seriesId) const;
    StoreResult<QVector<MeetingSeries>> seriesForRoom(qint64 roomId) const;
    // Every series of every room, by the rooms' order.
    StoreResult<QVector<MeetingSeries>> allSeries() const;
    StoreResult<qint64> insertOccurrence(const Occurrence& occurrence);
    // The stored occurrences of a series that start, or were planned to start, in [from, to) (moments).
    StoreResult<QVector<Occurrence>> storedOccurrences(qint64 seriesId, const QDateTime& from,
                                                       const QDateTime& to) const;
    // Changes to one occurrence, by the start the series planned for it (or, for an extra meeting, its start).
    // Each is one transaction; an occurrence already cancelled cannot be cancelled or moved again, and a move
    // onto a start the series already has is refused (Conflict, nothing changed).
    StoreResult<qint64> cancelOccurrence(qint64 seriesId, const QDateTime& plannedStart, const QString& note);
    StoreResult<qint64> moveOccurrence(qint64 seriesId, const QDateTime& plannedStart, const QDateTime& newStart,
                                       const QString& note);
    // Undoes a cancellation or a move (the occurrence is as the rule plans it again). NotFound when unchanged.
    StoreResult<Done> restoreOccurrence(qint64 seriesId, const QDateTime& plannedStart);
    // An extra meeting outside the rule (Room K's irregular meetings).
    StoreResult<qint64> addExtraOccurrence(qint64 seriesId, const QDateTime& start, const QString& note);
    // The stored occurrence of a series at a start (or planned start), 0 when none.
    StoreResult<qint64> occurrenceAt(qint64 seriesId, const QDateTime& start) const;
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
