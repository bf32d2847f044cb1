// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

namespace tsunagu {

// Attendance of single meetings with the roster of members who came, and the host's aliases from a Zoom display
// name to a member.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database& database)
        : m_database(database)
    {}

    // Stores the counts and the roster of one meeting in one transaction. A meeting whose attendance is already
    // recorded is refused (Conflict) unless `replace` is set, so a second import does not double a night.
    StoreResult<Done> record(const Attendance& attendance, const QVector<qint64>& memberIds,
                             const QDateTime& recordedAt, bool replace, qint64 hostId = 0);
    StoreResult<bool> hasAttendance(qint64 occurrenceId) const;
    StoreResult<QVector<qint64>> rosterOf(qint64 occurrenceId) const;
    StoreResult<Attendance> attendanceOf(qint64 occurrenceId) const;

    // Folded display name -> member id, for one room.
    StoreResult<QHash<QString, qint64>> aliases(qint64 roomId) const;
    StoreResult<Done> setAlias(qint64 roomId, const QString& foldedName, qint64 memberId);
    StoreResult<Done> removeAlias(qint64 roomId, const QString& foldedName);

private:
    Database& m_database;
};

} // namespace tsunagu
