// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReplyRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tsunagu {
namespace {

const QString s_columns = QStringLiteral(
    "id, applicant_id, account_id, host_id, action, language, to_address, subject, body, includes_secrets, state, "
    "error_code, error_detail, warning, message_id, created_at, updated_at, sent_at, attach_meetings");

// A reply names its applicant's address and may hold the meeting details.
constexpr const char* s_toAddress = "replies.to_address";
constexpr const char* s_subject = "replies.subject";
constexpr const char* s_body = "replies.body";

Reply readReply(const QSqlQuery& q, const Sealing& sealing)
{
    Reply r;
    r.id = q.value(0).toLongLong();
    r.applicantId = q.value(1).toLongLong();
    r.accountId = q.value(2).toLongLong();
    r.hostId = q.value(3).toLongLong();
    r.action = q.value(4).toString();
    r.language = q.value(5).toString();
    r.toAddress = sealing.openText(q.value(6), s_toAddress);
    r.subject = sealing.openText(q.value(7), s_subject);
    r.body = sealing.openText(q.value(8), s_body);
    r.includesSecrets = q.value(9).toBool();
    r.state = replyStateFromKey(q.value(10).toString());
    r.errorCode = q.value(11).toString();
    r.errorDetail = q.value(12).toString();
    r.warning = q.value(13).toString();
    r.messageId = q.value(14).toString();
    r.createdAt = sql::toInstant(q.value(15));
    r.updatedAt = sql::toInstant(q.value(16));
    r.sentAt = sql::toInstant(q.value(17));
    r.attachMeetings = q.value(18).toBool();
    return r;
}

QString fieldsJson(const QStringList& fields)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

QStringList fieldsFromJson(const QString& json)
{
    QStringList fields;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array)
        fields << value.toString();
    return fields;
}

} // namespace

StoreResult<qint64> ReplyRepository::insertDraft(const Reply& reply)
{
    const QVariant now = sql::instant(m_clock.now());
    QSqlQuery q(m_database.connection());
    const Sealing sealing(m_database);
    const bool ok = sql::exec(
        q,
        QStringLiteral("INSERT INTO replies (applicant_id, account_id, host_id, action, language, to_address, subject, "
                       "body, includes_secrets, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"),
        {reply.applicantId, sql::id(reply.accountId), sql::id(reply.hostId), reply.action, reply.language,
         sealing.text(reply.toAddress, s_toAddress), sealing.text(reply.subject, s_subject),
         sealing.text(reply.body, s_body), reply.includesSecrets ? 1 : 0, now, now});
    if (!ok)
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<Reply> ReplyRepository::byId(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM replies WHERE id = ?").arg(s_columns), {id}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such reply")};
    const Sealing sealing(m_database);
    Reply reply = readReply(q, sealing);
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a reply"));
    return reply;
}

StoreResult<QVector<Reply>> ReplyRepository::forApplicant(qint64 applicantId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM replies WHERE applicant_id = ? ORDER BY id").arg(s_columns),
                   {applicantId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<Reply> replies;
    while (q.next())
        replies.append(readReply(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a reply"));
    return replies;
}

StoreResult<QVector<Reply>> ReplyRepository::unfinished() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM replies WHERE state IN ('draft', 'sending', 'failed') "
                                     "ORDER BY id")
                          .arg(s_columns)))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<Reply> replies;
    while (q.next())
        replies.append(readReply(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a reply"));
    return replies;
}

StoreResult<Done> ReplyRepository::saveText(qint64 id, const QString& toAddress, const QString& subject,
                                            const QString& body, bool includesSecrets)
{
    return changeState(id, QStringLiteral("'draft', 'failed'"),
                       QStringLiteral("to_address = ?, subject = ?, body = ?, includes_secrets = ?"),
                       {Sealing(m_database).text(toAddress, s_toAddress), Sealing(m_database).text(subject, s_subject),
                        Sealing(m_database).text(body, s_body), includesSecrets ? 1 : 0});
}

StoreResult<Done> ReplyRepository::setAttachMeetings(qint64 id, bool attach)
{
    return changeState(id, QStringLiteral("'draft', 'failed'"), QStringLiteral("attach_meetings = ?"),
                       {attach ? 1 : 0});
}

StoreResult<Done> ReplyRepository::beginSending(qint64 id)
{
    return changeState(id, QStringLiteral("'draft', 'failed'"),
                       QStringLiteral("state = 'sending', error_code = '', error_detail = ''"), {});
}

StoreResult<Done> ReplyRepository::markSent(qint64 id, const QString& messageId, const QDateTime& sentAt)
{
    return changeState(id, QStringLiteral("'sending'"), QStringLiteral("state = 'sent', message_id = ?, sent_at = ?"),
                       {sql::text(messageId), sql::instant(sentAt)});
}

StoreResult<Done> ReplyRepository::markFailed(qint64 id, const QString& errorCode, const QString& errorDetail)
{
    return changeState(id, QStringLiteral("'sending', 'draft', 'failed'"),
                       QStringLiteral("state = 'failed', error_code = ?, error_detail = ?"),
                       {sql::text(errorCode), sql::text(errorDetail)});
}

StoreResult<Done> ReplyRepository::markOnServer(qint64 id)
{
    return changeState(id, QStringLiteral("'draft', 'failed'"),
                       QStringLiteral("state = 'on_server', error_code = '', error_detail = ''"), {});
}

StoreResult<Done> ReplyRepository::setWarning(qint64 id, const QString& warning)
{
    return changeState(id, QStringLiteral("'sent', 'on_server'"), QStringLiteral("warning = ?"), {sql::text(warning)});
}

StoreResult<int> ReplyRepository::interruptSending()
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE replies SET state = 'failed', error_code = 'interrupted', "
                                  "error_detail = '', updated_at = ? WHERE state = 'sending'"),
                   {sql::instant(m_clock.now())}))
        return sql::failure(q);
    return q.numRowsAffected();
}

StoreResult<Done> ReplyRepository::discard(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM replies WHERE id = ? AND state IN ('draft', 'failed', 'on_server')"),
                   {id}))
        return sql::failure(q);
    if (q.numRowsAffected() == 1)
        return Done{};
    auto existing = byId(id);
    if (!existing)
        return existing.error();
    return StoreFailure{StoreError::Conflict, QStringLiteral("a reply that went to the server is kept")};
}

StoreResult<Done> ReplyRepository::changeState(qint64 id, const QString& fromStates, const QString& assignments,
                                               std::initializer_list<QVariant> values)
{
    // fromStates and assignments are fixed text from this file; only values are bound.
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("UPDATE replies SET %1, updated_at = ? WHERE id = ? AND state IN (%2)")
                       .arg(assignments, fromStates)))
        return sql::failure(q);
    for (const QVariant& value : values)
        q.addBindValue(value);
    q.addBindValue(sql::instant(m_clock.now()));
    q.addBindValue(id);
    if (!q.exec())
        return sql::failure(q);
    if (q.numRowsAffected() == 1)
        return Done{};
    auto existing = byId(id);
    if (!existing)
        return existing.error();
    return StoreFailure{StoreError::Conflict,
                        QStringLiteral("the reply is %1 already").arg(replyStateKey(existing->state))};
}

StoreResult<qint64> ReplyRepository::insertReferral(const Referral& referral)
{
    QSqlQuery q(m_database.connection());
    const bool ok = sql::exec(
        q,
        QStringLiteral("INSERT INTO referrals (applicant_id, to_room_id, host_id, consent, shared_fields, note, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {referral.applicantId, referral.toRoomId, sql::id(referral.hostId), referral.consent ? 1 : 0,
         fieldsJson(referral.consent ? referral.sharedFields : QStringList()),
         Sealing(m_database).text(referral.note, "referrals.note"), sql::instant(m_clock.now())});
    if (!ok)
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<QVector<Referral>> ReplyRepository::referralsOf(qint64 applicantId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, applicant_id, to_room_id, host_id, consent, shared_fields, note, "
                                  "created_at, notified_at FROM referrals WHERE applicant_id = ? ORDER BY id"),
                   {applicantId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<Referral> referrals;
    while (q.next()) {
        Referral r;
        r.id = q.value(0).toLongLong();
        r.applicantId = q.value(1).toLongLong();
        r.toRoomId = q.value(2).toLongLong();
        r.hostId = q.value(3).toLongLong();
        r.consent = q.value(4).toBool();
        r.sharedFields = fieldsFromJson(q.value(5).toString());
        r.note = sealing.openText(q.value(6), "referrals.note");
        r.createdAt = sql::toInstant(q.value(7));
        r.notifiedAt = sql::toInstant(q.value(8));
        referrals.append(r);
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a referral"));
    return referrals;
}

StoreResult<Done> ReplyRepository::markReferralNotified(qint64 id, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE referrals SET notified_at = ? WHERE id = ? AND consent = 1"),
                   {sql::instant(at), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no referral with consent")};
    return Done{};
}

StoreResult<ReplyRepository::ReferralFacts> ReplyRepository::referralFacts(qint64 referralId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT f.applicant_id, f.consent, t.name, t.reception_address, s.name, "
                                  "h.display_name FROM referrals f JOIN rooms t ON t.id = f.to_room_id "
                                  "JOIN applicants a ON a.id = f.applicant_id LEFT JOIN rooms s ON s.id = a.room_id "
                                  "LEFT JOIN hosts h ON h.id = f.host_id WHERE f.id = ?"),
                   {referralId}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such referral")};
    ReferralFacts facts;
    facts.applicantId = q.value(0).toLongLong();
    facts.consent = q.value(1).toBool();
    facts.toRoomName = q.value(2).toString();
    facts.toRoomReception = q.value(3).toString().trimmed();
    facts.fromRoomName = q.value(4).toString();
    facts.hostName = q.value(5).toString();
    return facts;
}

StoreResult<QStringList> ReplyRepository::secretValuesFor(qint64 applicantId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT r.chat_link, s.join_url, s.meeting_id, s.passcode FROM applicants a "
                                  "JOIN rooms r ON r.id = a.room_id LEFT JOIN meeting_series s ON s.room_id = r.id "
                                  "WHERE a.id = ?"),
                   {applicantId}))
        return sql::failure(q);
    // The same columns as RoomRepository and MeetingRepository seal.
    static constexpr const char* s_secretColumns[] = {"rooms.chat_link", "meeting_series.join_url",
                                                      "meeting_series.meeting_id", "meeting_series.passcode"};
    const Sealing sealing(m_database);
    QStringList values;
    while (q.next()) {
        for (int column = 0; column < 4; ++column) {
            const QString value = sealing.openText(q.value(column), s_secretColumns[column]).trimmed();
            if (!value.isEmpty() && !values.contains(value))
                values << value;
        }
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a room's meeting details"));
    return values;
}

StoreResult<Done> ReplyRepository::setDraftChoice(qint64 id, const QString& actionKey, const QString& language,
                                                  qint64 hostId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE replies SET action = ?, language = ?, host_id = ? WHERE id = ? "
                                  "AND state IN ('draft', 'failed')"),
                   {actionKey, language, sql::id(hostId), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::Conflict, QStringLiteral("reply %1 is not a draft").arg(id)};
    return Done{};
}

} // namespace tsunagu
