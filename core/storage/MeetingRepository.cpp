// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MeetingRepository.h"

#include "storage/SqlSupport.h"

namespace tsunagu {

StoreResult<qint64> MeetingRepository::insertSeries(const MeetingSeries& s)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO meeting_series (room_id, title, rrule, first_start, time_zone, "
                                  "duration_minutes, beginner_offset_minutes, join_url, meeting_id, passcode, status) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {s.roomId, s.title, sql::text(s.rrule), sql::japanTime(s.firstStart), s.timeZone, s.durationMinutes,
                    s.beginnerOffsetMinutes, sql::text(s.joinUrl), sql::text(s.meetingId), sql::text(s.passcode),
                    seriesStatusKey(s.status)}))
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<QVector<MeetingSeries>> MeetingRepository::seriesForRoom(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, room_id, title, rrule, first_start, time_zone, duration_minutes, "
                                  "beginner_offset_minutes, join_url, meeting_id, passcode, status "
                                  "FROM meeting_series WHERE room_id = ? ORDER BY id"),
                   {roomId}))
        return sql::failure(q);
    QVector<MeetingSeries> list;
    while (q.next()) {
        MeetingSeries s;
        s.id = q.value(0).toLongLong();
        s.roomId = q.value(1).toLongLong();
        s.title = q.value(2).toString();
        s.rrule = q.value(3).toString();
        s.firstStart = sql::toJapanTime(q.value(4));
        s.timeZone = q.value(5).toString();
        s.durationMinutes = q.value(6).toInt();
        s.beginnerOffsetMinutes = q.value(7).toInt();
        s.joinUrl = q.value(8).toString();
        s.meetingId = q.value(9).toString();
        s.passcode = q.value(10).toString();
        s.status = seriesStatusFromKey(q.value(11).toString());
        list.append(s);
    }
    return list;
}

StoreResult<qint64> MeetingRepository::insertOccurrence(const Occurrence& o)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q, QStringLiteral("INSERT INTO occurrences (series_id, starts_at, cancelled, note) VALUES (?, ?, ?, ?)"),
            {o.seriesId, sql::japanTime(o.startsAt), o.cancelled ? 1 : 0, sql::text(o.note)}))
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<Done> MeetingRepository::recordAttendance(const Attendance& a, const QDateTime& recordedAt, qint64 hostId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO attendance (occurrence_id, persons, families, supporters, others, "
                                  "first_timers, recorded_at, host_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (occurrence_id) DO UPDATE SET persons = excluded.persons, "
                                  "families = excluded.families, supporters = excluded.supporters, "
                                  "others = excluded.others, first_timers = excluded.first_timers, "
                                  "recorded_at = excluded.recorded_at, host_id = excluded.host_id"),
                   {a.occurrenceId, a.persons, a.families, a.supporters, a.others, a.firstTimers,
                    sql::instant(recordedAt), sql::id(hostId)}))
        return sql::failure(q);
    return Done{};
}

StoreResult<QVector<OccurrenceRow>> MeetingRepository::upcoming(const QDateTime& from, int limit) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT o.id, o.series_id, o.starts_at, o.cancelled, o.note, r.code, s.title, "
                                  "s.duration_minutes, s.beginner_offset_minutes, a.occurrence_id, a.persons, "
                                  "a.families, a.supporters, a.others, a.first_timers "
                                  "FROM occurrences o JOIN meeting_series s ON s.id = o.series_id "
                                  "JOIN rooms r ON r.id = s.room_id "
                                  "LEFT JOIN attendance a ON a.occurrence_id = o.id "
                                  "WHERE o.starts_at >= ? ORDER BY o.starts_at, r.sort_order LIMIT ?"),
                   {sql::japanTime(from), limit}))
        return sql::failure(q);
    QVector<OccurrenceRow> rows;
    while (q.next()) {
        OccurrenceRow row;
        row.occurrence.id = q.value(0).toLongLong();
        row.occurrence.seriesId = q.value(1).toLongLong();
        row.occurrence.startsAt = sql::toJapanTime(q.value(2));
        row.occurrence.cancelled = q.value(3).toBool();
        row.occurrence.note = q.value(4).toString();
        row.roomCode = q.value(5).toString();
        row.seriesTitle = q.value(6).toString();
        row.durationMinutes = q.value(7).toInt();
        row.beginnerOffsetMinutes = q.value(8).toInt();
        row.hasAttendance = !q.value(9).isNull();
        row.attendance = {row.occurrence.id,   q.value(10).toInt(), q.value(11).toInt(),
                          q.value(12).toInt(), q.value(13).toInt(), q.value(14).toInt()};
        rows.append(row);
    }
    return rows;
}

StoreResult<QVector<RoomAttendanceSummary>> MeetingRepository::attendanceByRoom(const QDateTime& from,
                                                                                const QDateTime& to) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT r.id, r.code, r.name, COUNT(a.occurrence_id), IFNULL(SUM(a.persons), 0), "
                                  "IFNULL(SUM(a.families), 0), IFNULL(SUM(a.supporters), 0), "
                                  "IFNULL(SUM(a.others), 0), IFNULL(SUM(a.first_timers), 0), r.sort_order "
                                  "FROM rooms r JOIN meeting_series s ON s.room_id = r.id "
                                  "JOIN occurrences o ON o.series_id = s.id AND o.cancelled = 0 "
                                  "AND o.starts_at >= ? AND o.starts_at < ? "
                                  "JOIN attendance a ON a.occurrence_id = o.id "
                                  "GROUP BY r.id ORDER BY r.sort_order, r.code"),
                   {sql::japanTime(from), sql::japanTime(to)}))
        return sql::failure(q);
    QVector<RoomAttendanceSummary> rows;
    while (q.next()) {
        RoomAttendanceSummary s;
        s.roomId = q.value(0).toLongLong();
        s.roomCode = q.value(1).toString();
        s.roomName = q.value(2).toString();
        s.meetingsHeld = q.value(3).toInt();
        s.persons = q.value(4).toInt();
        s.families = q.value(5).toInt();
        s.supporters = q.value(6).toInt();
        s.others = q.value(7).toInt();
        s.firstTimers = q.value(8).toInt();
        s.roomOrder = q.value(9).toInt();
        rows.append(s);
    }
    return rows;
}

} // namespace tsunagu
