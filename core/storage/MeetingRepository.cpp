// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MeetingRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

namespace tsunagu {

namespace {

const QString s_seriesColumns = QStringLiteral(
    "s.id, s.room_id, s.title, s.rrule, s.first_start, s.time_zone, s.duration_minutes, s.beginner_offset_minutes, "
    "s.join_url, s.meeting_id, s.passcode, s.status, s.pause_note, s.resume_on");

// Join details are secret: they go only to screened applicants.
constexpr const char* s_joinUrl = "meeting_series.join_url";
constexpr const char* s_meetingId = "meeting_series.meeting_id";
constexpr const char* s_passcode = "meeting_series.passcode";

MeetingSeries seriesFrom(const QSqlQuery& q, const Sealing& sealing)
{
    MeetingSeries s;
    s.id = q.value(0).toLongLong();
    s.roomId = q.value(1).toLongLong();
    s.title = q.value(2).toString();
    s.rrule = q.value(3).toString();
    s.firstStart = sql::toJapanTime(q.value(4));
    s.timeZone = q.value(5).toString();
    s.durationMinutes = q.value(6).toInt();
    s.beginnerOffsetMinutes = q.value(7).toInt();
    s.joinUrl = sealing.openText(q.value(8), s_joinUrl);
    s.meetingId = sealing.openText(q.value(9), s_meetingId);
    s.passcode = sealing.openText(q.value(10), s_passcode);
    s.status = seriesStatusFromKey(q.value(11).toString());
    s.pauseNote = q.value(12).toString();
    s.resumeOn = sql::toDate(q.value(13));
    return s;
}

const QString s_occurrenceColumns = QStringLiteral("id, series_id, starts_at, cancelled, note, original_start");

Occurrence occurrenceFrom(const QSqlQuery& q)
{
    Occurrence o;
    o.id = q.value(0).toLongLong();
    o.seriesId = q.value(1).toLongLong();
    o.startsAt = sql::toJapanTime(q.value(2));
    o.cancelled = q.value(3).toBool();
    o.note = q.value(4).toString();
    o.originalStart = sql::toJapanTime(q.value(5));
    return o;
}

StoreFailure conflict(const char* what)
{
    return StoreFailure{StoreError::Conflict, QString::fromLatin1(what)};
}

} // namespace

StoreResult<qint64> MeetingRepository::insertSeries(const MeetingSeries& s)
{
    QSqlQuery q(m_database.connection());
    const Sealing sealing(m_database);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO meeting_series (room_id, title, rrule, first_start, time_zone, "
                                  "duration_minutes, beginner_offset_minutes, join_url, meeting_id, passcode, status, "
                                  "pause_note, resume_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {s.roomId, s.title, sql::text(s.rrule), sql::japanTime(s.firstStart), s.timeZone, s.durationMinutes,
                    s.beginnerOffsetMinutes, sealing.text(s.joinUrl, s_joinUrl), sealing.text(s.meetingId, s_meetingId),
                    sealing.text(s.passcode, s_passcode), seriesStatusKey(s.status), sql::text(s.pauseNote),
                    sql::date(s.resumeOn)}))
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<Done> MeetingRepository::updateSeries(const MeetingSeries& s)
{
    QSqlQuery q(m_database.connection());
    const Sealing sealing(m_database);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE meeting_series SET room_id = ?, title = ?, rrule = ?, first_start = ?, "
                                  "time_zone = ?, duration_minutes = ?, beginner_offset_minutes = ?, join_url = ?, "
                                  "meeting_id = ?, passcode = ?, status = ?, pause_note = ?, resume_on = ? "
                                  "WHERE id = ?"),
                   {s.roomId, s.title, sql::text(s.rrule), sql::japanTime(s.firstStart), s.timeZone, s.durationMinutes,
                    s.beginnerOffsetMinutes, sealing.text(s.joinUrl, s_joinUrl), sealing.text(s.meetingId, s_meetingId),
                    sealing.text(s.passcode, s_passcode), seriesStatusKey(s.status), sql::text(s.pauseNote),
                    sql::date(s.resumeOn), s.id}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("meeting series %1").arg(s.id)};
    return Done{};
}

StoreResult<Done> MeetingRepository::removeSeries(qint64 seriesId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM meeting_series WHERE id = ?"), {seriesId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("meeting series %1").arg(seriesId)};
    return Done{};
}

StoreResult<MeetingSeries> MeetingRepository::series(qint64 seriesId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q, QStringLiteral("SELECT ") + s_seriesColumns + QStringLiteral(" FROM meeting_series s WHERE s.id = ?"),
            {seriesId}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("meeting series %1").arg(seriesId)};
    const Sealing sealing(m_database);
    MeetingSeries series = seriesFrom(q, sealing);
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a meeting series"));
    return series;
}

StoreResult<QVector<MeetingSeries>> MeetingRepository::seriesForRoom(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + s_seriesColumns +
                       QStringLiteral(" FROM meeting_series s WHERE s.room_id = ? ORDER BY s.id"),
                   {roomId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<MeetingSeries> list;
    while (q.next())
        list.append(seriesFrom(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a meeting series"));
    return list;
}

StoreResult<QVector<MeetingSeries>> MeetingRepository::allSeries() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT ") + s_seriesColumns +
                          QStringLiteral(" FROM meeting_series s JOIN rooms r ON r.id = s.room_id "
                                         "ORDER BY r.sort_order, r.code, s.id")))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<MeetingSeries> list;
    while (q.next())
        list.append(seriesFrom(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a meeting series"));
    return list;
}

StoreResult<QVector<Occurrence>> MeetingRepository::storedOccurrences(qint64 seriesId, const QDateTime& from,
                                                                      const QDateTime& to) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + s_occurrenceColumns +
                       QStringLiteral(" FROM occurrences WHERE series_id = ? AND ((starts_at >= ? AND starts_at < ?) "
                                      "OR (original_start >= ? AND original_start < ?)) ORDER BY starts_at"),
                   {seriesId, sql::japanTime(from), sql::japanTime(to), sql::japanTime(from), sql::japanTime(to)}))
        return sql::failure(q);
    QVector<Occurrence> list;
    while (q.next())
        list.append(occurrenceFrom(q));
    return list;
}

StoreResult<qint64> MeetingRepository::occurrenceAt(qint64 seriesId, const QDateTime& start) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id FROM occurrences WHERE series_id = ? AND "
                                  "(original_start = ? OR (original_start IS NULL AND starts_at = ?)) "
                                  "ORDER BY original_start IS NULL LIMIT 1"),
                   {seriesId, sql::japanTime(start), sql::japanTime(start)}))
        return sql::failure(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

StoreResult<qint64> MeetingRepository::cancelOccurrence(qint64 seriesId, const QDateTime& plannedStart,
                                                        const QString& note)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    auto existing = occurrenceAt(seriesId, plannedStart);
    if (!existing)
        return existing.error();
    QSqlQuery q(db);
    qint64 id = existing.value();
    if (id != 0) {
        if (!sql::exec(q, QStringLiteral("SELECT cancelled FROM occurrences WHERE id = ?"), {id}) || !q.next())
            return sql::failure(q);
        if (q.value(0).toBool())
            return conflict("occurrence already cancelled");
        if (!sql::exec(q, QStringLiteral("UPDATE occurrences SET cancelled = 1, note = ? WHERE id = ?"),
                       {sql::text(note), id}))
            return sql::failure(q);
    } else {
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO occurrences (series_id, starts_at, cancelled, note) "
                                      "VALUES (?, ?, 1, ?)"),
                       {seriesId, sql::japanTime(plannedStart), sql::text(note)}))
            return sql::failure(q);
        id = q.lastInsertId().toLongLong();
    }
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<qint64> MeetingRepository::moveOccurrence(qint64 seriesId, const QDateTime& plannedStart,
                                                      const QDateTime& newStart, const QString& note)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    auto existing = occurrenceAt(seriesId, plannedStart);
    if (!existing)
        return existing.error();
    QSqlQuery q(db);
    // Another occurrence of the series already at the new start (as planned there, or moved there).
    if (!sql::exec(q, QStringLiteral("SELECT id FROM occurrences WHERE series_id = ? AND starts_at = ? AND id <> ?"),
                   {seriesId, sql::japanTime(newStart), existing.value()}))
        return sql::failure(q);
    if (q.next())
        return conflict("another occurrence at the new start");
    qint64 id = existing.value();
    if (id != 0) {
        if (!sql::exec(q, QStringLiteral("SELECT cancelled, original_start FROM occurrences WHERE id = ?"), {id}) ||
            !q.next())
            return sql::failure(q);
        if (q.value(0).toBool())
            return conflict("occurrence cancelled");
        if (!sql::exec(q,
                       QStringLiteral("UPDATE occurrences SET starts_at = ?, original_start = "
                                      "IFNULL(original_start, ?), note = ? WHERE id = ?"),
                       {sql::japanTime(newStart), sql::japanTime(plannedStart), sql::text(note), id}))
            return sql::failure(q);
    } else {
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO occurrences (series_id, starts_at, original_start, note) "
                                      "VALUES (?, ?, ?, ?)"),
                       {seriesId, sql::japanTime(newStart), sql::japanTime(plannedStart), sql::text(note)}))
            return sql::failure(q);
        id = q.lastInsertId().toLongLong();
    }
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<Done> MeetingRepository::restoreOccurrence(qint64 seriesId, const QDateTime& plannedStart)
{
    QSqlQuery q(m_database.connection());
    // A moved occurrence goes back to its planned start; the flag and the note are cleared.
    if (!sql::exec(q,
                   QStringLiteral("UPDATE occurrences SET starts_at = IFNULL(original_start, starts_at), "
                                  "original_start = NULL, cancelled = 0, note = '' WHERE series_id = ? AND "
                                  "(cancelled = 1 OR original_start IS NOT NULL) AND (original_start = ? OR "
                                  "(original_start IS NULL AND starts_at = ?))"),
                   {seriesId, sql::japanTime(plannedStart), sql::japanTime(plannedStart)}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no changed occurrence at that start")};
    return Done{};
}

StoreResult<qint64> MeetingRepository::addExtraOccurrence(qint64 seriesId, const QDateTime& start, const QString& note)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM occurrences WHERE series_id = ? AND starts_at = ?"),
                   {seriesId, sql::japanTime(start)}))
        return sql::failure(q);
    if (q.next())
        return conflict("another occurrence at that start");
    return insertOccurrence({0, seriesId, start, false, note, {}});
}

StoreResult<qint64> MeetingRepository::insertOccurrence(const Occurrence& o)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO occurrences (series_id, starts_at, cancelled, note, original_start) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {o.seriesId, sql::japanTime(o.startsAt), o.cancelled ? 1 : 0, sql::text(o.note),
                    sql::japanTime(o.originalStart)}))
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
