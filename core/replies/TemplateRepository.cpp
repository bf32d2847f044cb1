// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/TemplateRepository.h"

#include "replies/DefaultTemplates.h"
#include "replies/Placeholder.h"
#include "replies/TemplateSyntax.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>

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

TemplateFailure storeFailure(const QSqlQuery& q)
{
    const StoreFailure failure = sql::failure(q);
    // The unique index templates_unique: same action, room, host, language and name.
    if (failure.code == StoreError::ConstraintViolated && failure.detail.contains(QLatin1String("UNIQUE")))
        return {TemplateError::Duplicate, failure.detail};
    return {TemplateError::StoreFailed, failure.detail};
}

} // namespace

StoreResult<QVector<ReplyTemplate>> TemplateRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, selectColumns() + listOrder()))
        return sql::failure(q);
    return readAll(q);
}

StoreResult<ReplyTemplate> TemplateRepository::byId(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, selectColumns() + QStringLiteral("WHERE id = ?"), {id}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no template %1").arg(id)};
    return fromRow(q);
}

StoreResult<QVector<ReplyTemplate>> TemplateRepository::matching(ReplyAction action, qint64 roomId, qint64 hostId,
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

StoreResult<ReplyTemplate> TemplateRepository::forAction(ReplyAction action, qint64 roomId, qint64 hostId,
                                                         const QString& language) const
{
    auto candidates = matching(action, roomId, hostId, language);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty())
        return StoreFailure{StoreError::NotFound,
                            QStringLiteral("no %1 template in %2").arg(replyActionKey(action), language)};
    return candidates->first();
}

TemplateRepository::PlaceholderFindings TemplateRepository::placeholderFindings(const ReplyTemplate& t)
{
    PlaceholderFindings found;
    QStringList keys;
    for (const QString& text : {t.subject, t.body}) {
        const TemplateSyntax::References refs = TemplateSyntax::references(text);
        keys += refs.keys;
        found.unknown += refs.unknown;
    }
    found.unknown.removeDuplicates();
    if (t.action != ReplyAction::Invite) {
        for (const QString& key : keys) {
            if (PlaceholderCatalogue::isSecret(key) && !found.misplacedSecrets.contains(key))
                found.misplacedSecrets.append(key);
        }
    }
    return found;
}

TemplateResult<Done> TemplateRepository::validate(const ReplyTemplate& t)
{
    if (t.language != QLatin1String("ja") && t.language != QLatin1String("en"))
        return TemplateFailure{TemplateError::InvalidLanguage, t.language};
    const PlaceholderFindings found = placeholderFindings(t);
    if (!found.misplacedSecrets.isEmpty())
        return TemplateFailure{TemplateError::SecretNotAllowed, found.misplacedSecrets.join(QStringLiteral(", "))};
    if (!found.unknown.isEmpty())
        return TemplateFailure{TemplateError::UnknownPlaceholder, found.unknown.join(QStringLiteral(", "))};
    return Done{};
}

TemplateResult<qint64> TemplateRepository::save(const ReplyTemplate& t)
{
    auto valid = validate(t);
    if (!valid)
        return valid.error();
    const QVariant now = sql::instant(m_clock.now());
    QSqlQuery q(m_database.connection());
    if (t.id == 0) {
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO templates (action, room_id, host_id, language, name, subject, "
                                      "body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {replyActionKey(t.action), sql::id(t.roomId), sql::id(t.hostId), t.language, sql::text(t.name),
                        sql::text(t.subject), sql::text(t.body), now}))
            return storeFailure(q);
        return q.lastInsertId().toLongLong();
    }
    if (!sql::exec(q,
                   QStringLiteral("UPDATE templates SET action = ?, room_id = ?, host_id = ?, language = ?, name = ?, "
                                  "subject = ?, body = ?, updated_at = ? WHERE id = ?"),
                   {replyActionKey(t.action), sql::id(t.roomId), sql::id(t.hostId), t.language, sql::text(t.name),
                    sql::text(t.subject), sql::text(t.body), now, t.id}))
        return storeFailure(q);
    if (q.numRowsAffected() != 1)
        return TemplateFailure{TemplateError::NotFound, QStringLiteral("no template %1").arg(t.id)};
    return t.id;
}

StoreResult<Done> TemplateRepository::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM templates WHERE id = ?"), {id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no template %1").arg(id)};
    return Done{};
}

StoreResult<int> TemplateRepository::ensureDefaults()
{
    const QVector<ReplyTemplate> defaults = DefaultTemplates::all();
    if (defaults.isEmpty())
        return StoreFailure{StoreError::NotFound, QStringLiteral("default templates missing from the build")};
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    const QVariant now = sql::instant(m_clock.now());
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
        return StoreFailure{StoreError::QueryFailed, transaction.error()};
    return inserted;
}

} // namespace tsunagu
