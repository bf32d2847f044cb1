// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AttendanceRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

namespace tsunagu {
namespace {

// A Zoom display name can be a person's real name: sealed, and found by its keyed hash (name_key; the folded name
// itself in a plain profile).
constexpr const char* s_aliasName = "attendance_aliases.display_name";

} // namespace

StoreResult<Done> AttendanceRepository::record(const Attendance& a, const QVector<qint64>& memberIds,
                                               const QDateTime& recordedAt, bool replace, qint64 hostId)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM attendance WHERE occurrence_id = ?"), {a.occurrenceId}))
        return sql::failure(q);
    if (q.next() && !replace)
        return StoreFailure{StoreError::Conflict, QStringLiteral("attendance already recorded")};
    // The roster goes with the counts: replacing one replaces the other.
    if (!sql::exec(q, QStringLiteral("DELETE FROM attendance WHERE occurrence_id = ?"), {a.occurrenceId}))
        return sql::failure(q);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO attendance (occurrence_id, persons, families, supporters, others, "
                                  "first_timers, recorded_at, host_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {a.occurrenceId, a.persons, a.families, a.supporters, a.others, a.firstTimers,
                    sql::instant(recordedAt), sql::id(hostId)}))
        return sql::failure(q);
    for (qint64 member : memberIds) {
        if (!sql::exec(q,
                       QStringLiteral("INSERT OR IGNORE INTO attendance_members (occurrence_id, member_id) "
                                      "VALUES (?, ?)"),
                       {a.occurrenceId, member}))
            return sql::failure(q);
    }
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<bool> AttendanceRepository::hasAttendance(qint64 occurrenceId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM attendance WHERE occurrence_id = ?"), {occurrenceId}))
        return sql::failure(q);
    return q.next();
}

StoreResult<QVector<qint64>> AttendanceRepository::rosterOf(qint64 occurrenceId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT member_id FROM attendance_members WHERE occurrence_id = ? ORDER BY 1"),
                   {occurrenceId}))
        return sql::failure(q);
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

StoreResult<Attendance> AttendanceRepository::attendanceOf(qint64 occurrenceId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT persons, families, supporters, others, first_timers FROM attendance "
                                  "WHERE occurrence_id = ?"),
                   {occurrenceId}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no attendance")};
    return Attendance{occurrenceId,       q.value(0).toInt(), q.value(1).toInt(),
                      q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
}

StoreResult<QHash<QString, qint64>> AttendanceRepository::aliases(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT display_name, member_id FROM attendance_aliases WHERE room_id = ?"),
                   {roomId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QHash<QString, qint64> map;
    while (q.next())
        map.insert(sealing.openText(q.value(0), s_aliasName), q.value(1).toLongLong());
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an attendance alias"));
    return map;
}

StoreResult<Done> AttendanceRepository::setAlias(qint64 roomId, const QString& foldedName, qint64 memberId)
{
    const Sealing sealing(m_database);
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q,
            QStringLiteral("INSERT INTO attendance_aliases (room_id, name_key, display_name, member_id) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (room_id, name_key) DO UPDATE SET "
                           "display_name = excluded.display_name, member_id = excluded.member_id"),
            {roomId, sealing.valueHash(foldedName, s_aliasName), sealing.text(foldedName, s_aliasName), memberId}))
        return sql::failure(q);
    return Done{};
}

StoreResult<Done> AttendanceRepository::removeAlias(qint64 roomId, const QString& foldedName)
{
    const Sealing sealing(m_database);
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM attendance_aliases WHERE room_id = ? AND name_key = ?"),
                   {roomId, sealing.valueHash(foldedName, s_aliasName)}))
        return sql::failure(q);
    return Done{};
}

} // namespace tsunagu
