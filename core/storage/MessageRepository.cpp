// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MessageRepository.h"
#include "storage/NativeStatement.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

namespace tsunagu {
namespace {

const QString s_columns = QStringLiteral(
    "id, direction, account_id, mailbox, uidvalidity, uid, message_id, in_reply_to, references_ids, subject, "
    "from_address, to_addresses, reply_to, sent_at, received_at, size_bytes, body_text, classification, "
    "applicant_id, sha256, decoding_notes, attachments, spam_reason");

// Who wrote, to whom, about what, and what they wrote: sealed. Message-IDs, times, sizes and the classification
// stay plain (threads are matched and lists sorted by them).
constexpr const char* s_subject = "messages.subject";
constexpr const char* s_from = "messages.from_address";
constexpr const char* s_to = "messages.to_addresses";
constexpr const char* s_replyTo = "messages.reply_to";
constexpr const char* s_body = "messages.body_text";
constexpr const char* s_raw = s_rawMailLabel;
// The SHA-256 of the raw mail finds a mail stored twice. Plain, it would let anyone holding a copy of a mail
// confirm that the profile has it: a sealed profile keeps a keyed hash of it instead (the lookup hashes the same).
constexpr const char* s_digest = "messages.sha256";

Message readMessage(const QSqlQuery& q, const Sealing& sealing)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.direction =
        q.value(1).toString() == QLatin1String("out") ? MessageDirection::Outgoing : MessageDirection::Incoming;
    m.accountId = q.value(2).toLongLong();
    m.mailbox = q.value(3).toString();
    m.uidValidity = q.value(4).toLongLong();
    m.uid = q.value(5).toLongLong();
    m.messageId = q.value(6).toString();
    m.inReplyTo = q.value(7).toString();
    m.references = q.value(8).toString();
    m.subject = sealing.openText(q.value(9), s_subject);
    m.fromAddress = sealing.openText(q.value(10), s_from);
    m.toAddresses = sealing.openText(q.value(11), s_to);
    m.replyTo = sealing.openText(q.value(12), s_replyTo);
    m.sentAt = sql::toInstant(q.value(13));
    m.receivedAt = sql::toInstant(q.value(14));
    m.sizeBytes = q.value(15).toLongLong();
    m.bodyText = sealing.openText(q.value(16), s_body);
    m.classification = classificationFromKey(q.value(17).toString());
    m.applicantId = q.value(18).toLongLong();
    m.sha256 = q.value(19).toString();
    m.decodingNotes = q.value(20).toString();
    m.attachments = q.value(21).toString();
    m.spamReason = q.value(22).toString();
    return m;
}

QVariant nullableNumber(qint64 value)
{
    return value > 0 ? QVariant::fromValue<qlonglong>(value) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

QVariantList MessageRepository::insertValues(const Message& m, const QByteArray& sealedRaw, const Sealing& sealing)
{
    // The server position is written whole or not at all (fromServer), and the keys come from their enumerations.
    const bool fromServer = m.uid > 0 && m.uidValidity > 0;
    return {m.direction == MessageDirection::Outgoing ? QStringLiteral("out") : QStringLiteral("in"),
            sql::id(m.accountId),
            m.mailbox.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : m.mailbox,
            fromServer ? nullableNumber(m.uidValidity) : nullableNumber(0),
            fromServer ? nullableNumber(m.uid) : nullableNumber(0),
            sql::text(m.messageId),
            sql::text(m.inReplyTo),
            sql::text(m.references),
            sealing.text(m.subject, s_subject),
            sealing.text(m.fromAddress, s_from),
            sealing.text(m.toAddresses, s_to),
            sealing.text(m.replyTo, s_replyTo),
            sql::instant(m.sentAt),
            sql::instant(m.receivedAt),
            m.sizeBytes,
            sealing.text(m.bodyText, s_body),
            classificationKey(m.classification),
            sql::id(m.applicantId),
            m.raw.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : sealing.bytesAsKept(m.raw, sealedRaw, s_raw),
            sealing.valueHash(m.sha256, s_digest),
            m.decodingNotes.isEmpty() ? QStringLiteral("[]") : m.decodingNotes,
            m.attachments.isEmpty() ? QStringLiteral("[]") : m.attachments,
            sql::text(m.spamReason)};
}

void MessageRepository::sealAhead(const Message& message, const QByteArray& sealedRaw, const crypto::Sealer& sealer,
                                  SealedAhead& ahead)
{
    insertValues(message, sealedRaw, Sealing::record(sealer, ahead));
}

StoreResult<qint64> MessageRepository::insert(const Message& m, const QByteArray& sealedRaw)
{
    // The schema says so too; checked here also for a connection that skips CHECK constraints (IntakeWorker).
    if (m.sizeBytes < 0)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("negative message size")};
    StoreFailure failure;
    NativeStatement* q = sql::native(
        m_database.connection(),
        QStringLiteral("INSERT INTO messages (direction, account_id, mailbox, uidvalidity, uid, message_id, "
                       "in_reply_to, references_ids, subject, from_address, to_addresses, reply_to, "
                       "sent_at, received_at, size_bytes, body_text, classification, applicant_id, raw, "
                       "sha256, decoding_notes, attachments, spam_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &failure);
    if (!q || !q->run(insertValues(m, sealedRaw, Sealing(m_database))))
        return q ? q->failure() : failure;
    return q->lastInsertId();
}

StoreResult<QVector<Message>> MessageRepository::select(const QString& where,
                                                        std::initializer_list<QVariant> values) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM messages WHERE %2").arg(s_columns, where), values))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<Message> messages;
    while (q.next())
        messages.append(readMessage(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a message"));
    return messages;
}

StoreResult<Message> MessageRepository::byId(qint64 id, bool withRaw) const
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such message")};
    Message message = found->first();
    if (withRaw) {
        QSqlQuery q(m_database.connection());
        if (!sql::exec(q, QStringLiteral("SELECT raw FROM messages WHERE id = ?"), {id}) || !q.next())
            return sql::failure(q);
        const Sealing sealing(m_database);
        message.raw = sealing.openBytes(q.value(0), s_raw);
        if (sealing.broken())
            return sealing.failure(QStringLiteral("a message"));
    }
    return message;
}

StoreResult<qint64> MessageRepository::idBySha256(const QString& sha256) const
{
    const QString digest = Sealing(m_database).valueHash(sha256, s_digest);
    StoreFailure failure;
    NativeStatement* q =
        sql::native(m_database.connection(),
                    QStringLiteral("SELECT id FROM messages WHERE sha256 = ? AND sha256 <> '' LIMIT 1"), &failure);
    if (!q || !q->run({digest}))
        return q ? q->failure() : failure;
    const qint64 id = q->next() ? q->int64(0) : 0;
    q->finish();
    return id;
}

StoreResult<qint64> MessageRepository::incomingIdByMessageId(const QString& messageId) const
{
    StoreFailure failure;
    NativeStatement* q = sql::native(m_database.connection(),
                                     QStringLiteral("SELECT id FROM messages WHERE message_id = ? AND message_id <> '' "
                                                    "AND direction = 'in' LIMIT 1"),
                                     &failure);
    if (!q || !q->run({messageId}))
        return q ? q->failure() : failure;
    const qint64 id = q->next() ? q->int64(0) : 0;
    q->finish();
    return id;
}

StoreResult<qint64> MessageRepository::applicantOfSent(const QStringList& messageIds) const
{
    QSqlQuery q(m_database.connection());
    // Newest reference first: the last id of References is the message being answered.
    for (auto it = messageIds.crbegin(); it != messageIds.crend(); ++it) {
        if (it->isEmpty())
            continue;
        if (!sql::exec(q,
                       QStringLiteral("SELECT applicant_id FROM messages WHERE message_id = ? AND direction = 'out' "
                                      "AND applicant_id IS NOT NULL LIMIT 1"),
                       {*it}))
            return sql::failure(q);
        if (q.next())
            return q.value(0).toLongLong();
    }
    return 0;
}

StoreResult<QVector<Message>> MessageRepository::forApplicant(qint64 applicantId) const
{
    return select(QStringLiteral("applicant_id = ? ORDER BY received_at, id"), {applicantId});
}

StoreResult<QVector<Message>> MessageRepository::withClassification(Classification classification) const
{
    return select(QStringLiteral("direction = 'in' AND classification = ? ORDER BY received_at DESC, id DESC"),
                  {classificationKey(classification)});
}

StoreResult<Done> MessageRepository::classify(qint64 id, Classification classification, qint64 applicantId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE messages SET classification = ?, applicant_id = ? WHERE id = ?"),
                   {classificationKey(classification), sql::id(applicantId), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such message")};
    return Done{};
}

StoreResult<QVector<MessageRepository::ServerCopy>> MessageRepository::serverCopies(qint64 accountId,
                                                                                    const QString& mailbox) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, message_id, size_bytes, sent_at FROM messages "
                                  "WHERE account_id = ? AND mailbox = ? AND direction = 'in' ORDER BY id"),
                   {accountId, mailbox}))
        return sql::failure(q);
    QVector<ServerCopy> copies;
    while (q.next())
        copies.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), sql::toInstant(q.value(3))});
    return copies;
}

StoreResult<Done> MessageRepository::setServerPosition(qint64 id, qint64 uidValidity, qint64 uid)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE messages SET uidvalidity = ?, uid = ? WHERE id = ?"),
                   {uidValidity, uid, id}))
        return sql::failure(q);
    return Done{};
}

} // namespace tsunagu
