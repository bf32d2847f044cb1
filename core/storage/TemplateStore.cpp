// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TemplateStore.h"

#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

namespace tsunagu {
namespace {

const QString& selectColumns()
{
    static const QString s_select = QStringLiteral(
        "SELECT id, action, room_id, host_id, language, name, subject, body, updated_at FROM templates ");
    return s_select;
}

// The actions in the order the UI lists them, then Japanese before English.
const QString& listOrder()
{
    static const QString s_order =
        QStringLiteral("ORDER BY CASE action WHEN 'invite' THEN 0 WHEN 'hold' THEN 1 WHEN 'refer' THEN 2 "
                       "WHEN 'decline' THEN 3 ELSE 4 END, language DESC, IFNULL(room_id, 0), IFNULL(host_id, 0), "
                       "name, id");
    return s_order;
}

ReplyTemplate fromRow(const QSqlQuery& q)
{
    ReplyTemplate t;
    t.id = q.value(0).toLongLong();
    t.action = replyActionFromKey(q.value(1).toString());
    t.roomId = q.value(2).toLongLong();
    t.hostId = q.value(3).toLongLong();
    t.language = q.value(4).toString();
    t.name = q.value(5).toString();
    t.subject = q.value(6).toString();
    t.body = q.value(7).toString();
    t.updatedAt = sql::toInstant(q.value(8));
    return t;
}

StoreResult<QVector<ReplyTemplate>> readAll(QSqlQuery& q)
{
    QVector<ReplyTemplate> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

} // namespace

StoreResult<QVector<ReplyTemplate>> TemplateStore::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, selectColumns() + listOrder()))
        return sql::failure(q);
    return readAll(q);
}

StoreResult<ReplyTemplate> TemplateStore::byId(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, selectColumns() + QStringLiteral("WHERE id = ?"), {id}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no template %1").arg(id)};
    return fromRow(q);
}

StoreResult<QVector<ReplyTemplate>> TemplateStore::matching(ReplyAction action, qint64 roomId, qint64 hostId,
                                                            const QString& language) const
{
    QSqlQuery q(m_database.connection());
    // Room and host (1,1) > room (1,0) > host (0,1) > generic (0,0); then the default "" before named ones.
    if (!sql::exec(q,
                   selectColumns() +
                       QStringLiteral("WHERE action = ? AND language = ? AND (room_id IS NULL OR room_id = ?) "
                                      "AND (host_id IS NULL OR host_id = ?) "
                                      "ORDER BY room_id IS NOT NULL DESC, host_id IS NOT NULL DESC, name <> '', "
                                      "name, id"),
                   {replyActionKey(action), language, sql::id(roomId), sql::id(hostId)}))
        return sql::failure(q);
    return readAll(q);
}

StoreResult<qint64> TemplateStore::write(const ReplyTemplate& t, const QDateTime& at)
{
    const QVariant now = sql::instant(at);
    QSqlQuery q(m_database.connection());
    if (t.id == 0) {
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO templates (action, room_id, host_id, language, name, subject, "
                                      "body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {replyActionKey(t.action), sql::id(t.roomId), sql::id(t.hostId), t.language, sql::text(t.name),
                        sql::text(t.subject), sql::text(t.body), now}))
            return sql::failure(q);
        return q.lastInsertId().toLongLong();
    }
    if (!sql::exec(q,
                   QStringLiteral("UPDATE templates SET action = ?, room_id = ?, host_id = ?, language = ?, name = ?, "
                                  "subject = ?, body = ?, updated_at = ? WHERE id = ?"),
                   {replyActionKey(t.action), sql::id(t.roomId), sql::id(t.hostId), t.language, sql::text(t.name),
                    sql::text(t.subject), sql::text(t.body), now, t.id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no template %1").arg(t.id)};
    return t.id;
}

StoreResult<Done> TemplateStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM templates WHERE id = ?"), {id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no template %1").arg(id)};
    return Done{};
}

StoreResult<int> TemplateStore::insertMissingDefaults(const QVector<ReplyTemplate>& defaults, const QDateTime& at)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    const QVariant now = sql::instant(at);
    int inserted = 0;
    QSqlQuery q(db);
    for (const ReplyTemplate& t : defaults) {
        // Only where the generic default of this action and language is missing (the unique index decides).
        if (!sql::exec(
                q,
                QStringLiteral("INSERT INTO templates (action, room_id, host_id, language, name, subject, body, "
                               "updated_at) SELECT ?, NULL, NULL, ?, '', ?, ?, ? WHERE NOT EXISTS (SELECT 1 "
                               "FROM templates WHERE action = ? AND room_id IS NULL AND host_id IS NULL AND "
                               "language = ? AND name = '')"),
                {replyActionKey(t.action), t.language, t.subject, t.body, now, replyActionKey(t.action), t.language}))
            return sql::failure(q);
        inserted += q.numRowsAffected();
    }
    if (!transaction.commit())
        return transaction.failure();
    return inserted;
}

} // namespace tsunagu
