// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RoomRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

namespace tsunagu {
namespace {

const QString s_columns =
    QStringLiteral("id, code, name, theme, audience, description, chat_link, application_form_url, reception_address, "
                   "reply_deadline_days, status, status_note, schedule_summary, guidelines, minors_reviewed, "
                   "sort_order, minimum_minutes");

// A room's chat link is secret: it goes only to screened applicants.
constexpr const char* s_chatLink = "rooms.chat_link";

Room readRoom(const QSqlQuery& q, const Sealing& sealing)
{
    Room room;
    room.id = q.value(0).toLongLong();
    room.code = q.value(1).toString();
    room.name = q.value(2).toString();
    room.theme = q.value(3).toString();
    room.audience = audienceFromKey(q.value(4).toString());
    room.description = q.value(5).toString();
    room.chatLink = sealing.openText(q.value(6), s_chatLink);
    room.applicationFormUrl = q.value(7).toString();
    room.receptionAddress = q.value(8).toString();
    room.replyDeadlineDays = q.value(9).toInt();
    room.status = roomStatusFromKey(q.value(10).toString());
    room.statusNote = q.value(11).toString();
    room.scheduleSummary = q.value(12).toString();
    room.guidelines = q.value(13).toString();
    room.minorsReviewed = q.value(14).toBool();
    room.sortOrder = q.value(15).toInt();
    room.minimumMinutes = q.value(16).toInt();
    return room;
}

} // namespace

StoreResult<QVector<Room>> RoomRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM rooms ORDER BY sort_order, code").arg(s_columns)))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<Room> rooms;
    while (q.next())
        rooms.append(readRoom(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a room"));
    return rooms;
}

StoreResult<Room> RoomRepository::byCode(const QString& code) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM rooms WHERE code = ?").arg(s_columns), {code}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such room")};
    const Sealing sealing(m_database);
    Room room = readRoom(q, sealing);
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a room"));
    return room;
}

StoreResult<qint64> RoomRepository::insert(const Room& room)
{
    QSqlQuery q(m_database.connection());
    const bool ok = sql::exec(
        q,
        QStringLiteral(
            "INSERT INTO rooms (code, name, theme, audience, description, chat_link, application_form_url, "
            "reception_address, reply_deadline_days, status, status_note, schedule_summary, guidelines, "
            "minors_reviewed, sort_order, minimum_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"),
        {room.code, room.name, sql::text(room.theme), audienceKey(room.audience), sql::text(room.description),
         Sealing(m_database).text(room.chatLink, s_chatLink), sql::text(room.applicationFormUrl),
         sql::text(room.receptionAddress), room.replyDeadlineDays, roomStatusKey(room.status),
         sql::text(room.statusNote), sql::text(room.scheduleSummary), sql::text(room.guidelines),
         room.minorsReviewed ? 1 : 0, room.sortOrder, room.minimumMinutes});
    if (!ok)
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<Done> RoomRepository::update(const Room& room)
{
    QSqlQuery q(m_database.connection());
    const bool ok = sql::exec(
        q,
        QStringLiteral("UPDATE rooms SET code = ?, name = ?, theme = ?, audience = ?, description = ?, chat_link = ?, "
                       "application_form_url = ?, reception_address = ?, reply_deadline_days = ?, status = ?, "
                       "status_note = ?, schedule_summary = ?, guidelines = ?, minors_reviewed = ?, sort_order = ?, "
                       "minimum_minutes = ? WHERE id = ?"),
        {room.code, room.name, sql::text(room.theme), audienceKey(room.audience), sql::text(room.description),
         Sealing(m_database).text(room.chatLink, s_chatLink), sql::text(room.applicationFormUrl),
         sql::text(room.receptionAddress), room.replyDeadlineDays, roomStatusKey(room.status),
         sql::text(room.statusNote), sql::text(room.scheduleSummary), sql::text(room.guidelines),
         room.minorsReviewed ? 1 : 0, room.sortOrder, room.minimumMinutes, room.id});
    if (!ok)
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such room")};
    return Done{};
}

StoreResult<Done> RoomRepository::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM rooms WHERE id = ?"), {id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such room")};
    return Done{};
}

StoreResult<QVector<QPair<QString, QString>>> RoomRepository::formLabels(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT label, field_key FROM room_form_labels WHERE room_id = ? ORDER BY label"),
                   {roomId}))
        return sql::failure(q);
    QVector<QPair<QString, QString>> labels;
    while (q.next())
        labels.append({q.value(0).toString(), q.value(1).toString()});
    return labels;
}

StoreResult<Done> RoomRepository::setFormLabel(qint64 roomId, const QString& label, const QString& fieldKey)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO room_form_labels (room_id, label, field_key) VALUES (?, ?, ?) "
                                  "ON CONFLICT (room_id, label) DO UPDATE SET field_key = excluded.field_key"),
                   {roomId, label.trimmed(), fieldKey}))
        return sql::failure(q);
    return Done{};
}

StoreResult<qint64> RoomRepository::mailAccountOf(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT mail_account_id FROM rooms WHERE id = ?"), {roomId}))
        return sql::failure(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace tsunagu
