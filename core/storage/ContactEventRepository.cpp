// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContactEventRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

namespace tsunagu {
namespace {

// What was said at a visit or on a call is the host's record of a conversation, sealed with the data key.
constexpr const char* s_note = "contact_events.note";

} // namespace

StoreResult<qint64> ContactEventRepository::add(const ContactEvent& e)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    const Sealing sealing(m_database);
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO contact_events (contact_id, happened_on, channel, note) "
                                  "VALUES (?, ?, ?, ?)"),
                   {e.contactId, sql::date(e.happenedOn), contactChannelKey(e.channel), sealing.text(e.note, s_note)}))
        return sql::failure(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!sql::exec(q,
                   QStringLiteral("UPDATE contacts SET last_contact_on = ? WHERE id = ? AND "
                                  "(last_contact_on IS NULL OR last_contact_on < ?)"),
                   {sql::date(e.happenedOn), e.contactId, sql::date(e.happenedOn)}))
        return sql::failure(q);
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<Done> ContactEventRepository::remove(qint64 eventId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM contact_events WHERE id = ?"), {eventId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("contact event %1").arg(eventId)};
    return Done{};
}

StoreResult<QVector<ContactEvent>> ContactEventRepository::of(qint64 contactId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, contact_id, happened_on, channel, note FROM contact_events "
                                  "WHERE contact_id = ? ORDER BY happened_on DESC, id DESC"),
                   {contactId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<ContactEvent> events;
    while (q.next()) {
        ContactEvent e;
        e.id = q.value(0).toLongLong();
        e.contactId = q.value(1).toLongLong();
        e.happenedOn = sql::toDate(q.value(2));
        e.channel = contactChannelFromKey(q.value(3).toString());
        e.note = sealing.openText(q.value(4), s_note);
        events.append(e);
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a contact event"));
    return events;
}

} // namespace tsunagu
