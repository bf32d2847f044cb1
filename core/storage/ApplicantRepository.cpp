// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ApplicantRepository.h"

#include "storage/ApplicantColumns.h"
#include "storage/AuditLog.h"
#include "storage/JsonColumns.h"
#include "storage/NativeStatement.h"
#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

namespace tsunagu {
namespace {

using namespace applicantColumns;

bool isReply(ApplicantStatus status)
{
    return status != ApplicantStatus::New && status != ApplicantStatus::Checking;
}

} // namespace

StoreResult<Applicant> ApplicantRepository::byId(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM applicants a WHERE a.id = ?").arg(s_columns), {id}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    const Sealing sealing(m_database);
    Applicant applicant = readApplicant(q, sealing);
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return applicant;
}

QVariantList ApplicantRepository::insertValues(const Applicant& a, const QDateTime& received, const Sealing& sealing)
{
    return {sql::id(a.roomId),
            sealing.text(a.anonymousName, s_name),
            sealing.text(a.replyAddress, s_replyAddress),
            categoryKey(a.category),
            sql::text(a.genderAsWritten),
            sql::text(a.ageBand),
            sql::text(a.region),
            sql::text(a.country),
            sql::text(a.timeZone),
            sql::text(a.referralSource),
            sql::id(a.referralContactId),
            applicantStatusKey(a.status),
            sql::instant(received),
            sql::instant(a.firstReplyAt),
            sealing.text(a.notes, s_notes),
            sql::id(a.duplicateOfId),
            duplicateStateKey(a.duplicateState),
            sql::text(a.concern),
            sealing.text(a.introduction, s_introduction),
            sealing.text(json::fromFields(a.formFields, s_introductionKey, a.introduction), s_formFields),
            json::fromHints(a.hints),
            sealing.addressHash(a.replyAddress, s_replyAddress)};
}

void ApplicantRepository::sealAhead(const Applicant& applicant, const crypto::Sealer& sealer, SealedAhead& ahead)
{
    insertValues(applicant, {}, Sealing::record(sealer, ahead));
}

void ApplicantRepository::hashAhead(const QString& address, const crypto::Sealer& sealer, SealedAhead& ahead)
{
    Sealing::record(sealer, ahead).addressHash(address, s_replyAddress);
}

StoreResult<qint64> ApplicantRepository::insert(const Applicant& a, qint64 hostId)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    const QDateTime received = a.receivedAt.isValid() ? a.receivedAt : m_clock.now();
    StoreFailure failure;
    NativeStatement* q =
        sql::native(db,
                    QStringLiteral("INSERT INTO applicants (room_id, anonymous_name, reply_address, category, "
                                   "gender_as_written, age_band, region, country, time_zone, referral_source, "
                                   "referral_contact_id, status, received_at, first_reply_at, notes, duplicate_of, "
                                   "duplicate_state, concern, introduction, form_fields, hints, reply_address_hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    &failure);
    if (!q || !q->run(insertValues(a, received, Sealing(m_database))))
        return q ? q->failure() : failure;
    const qint64 id = q->lastInsertId();
    NativeStatement* history =
        sql::native(db,
                    QStringLiteral("INSERT INTO applicant_status_history (applicant_id, status, changed_at, host_id) "
                                   "VALUES (?, ?, ?, ?)"),
                    &failure);
    if (!history || !history->run({id, applicantStatusKey(a.status), sql::instant(received), sql::id(hostId)}))
        return history ? history->failure() : failure;
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<Done> ApplicantRepository::setStatus(qint64 id, ApplicantStatus status, qint64 hostId, const QString& note,
                                                 const QDateTime& at)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QSqlQuery q(db);
    const QVariant now = sql::instant(at.isValid() ? at : m_clock.now());
    const QVariant replyTime = isReply(status) ? now : QVariant(QMetaType::fromType<QString>());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE applicants SET status = ?, first_reply_at = COALESCE(first_reply_at, ?) "
                                  "WHERE id = ?"),
                   {applicantStatusKey(status), replyTime, id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO applicant_status_history (applicant_id, status, changed_at, host_id, "
                                  "note) VALUES (?, ?, ?, ?, ?)"),
                   {id, applicantStatusKey(status), now, sql::id(hostId),
                    Sealing(m_database).text(note, "applicant_status_history.note")}))
        return sql::failure(q);
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<QVector<StatusChange>> ApplicantRepository::history(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT s.status, s.changed_at, h.display_name, s.note "
                                  "FROM applicant_status_history s LEFT JOIN hosts h ON h.id = s.host_id "
                                  "WHERE s.applicant_id = ? ORDER BY s.changed_at, s.id"),
                   {id}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<StatusChange> changes;
    while (q.next()) {
        changes.append({applicantStatusFromKey(q.value(0).toString()), sql::toInstant(q.value(1)),
                        q.value(2).toString(), sealing.openText(q.value(3), "applicant_status_history.note")});
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant's history"));
    return changes;
}

StoreResult<QVector<qint64>> ApplicantRepository::idsByAddress(const QString& address) const
{
    StoreFailure failure;
    // Sealed addresses are found by their keyed hash, through the index on it (0011.sql).
    const Sealing sealing(m_database);
    NativeStatement* q =
        sealing.active()
            ? sql::native(m_database.connection(),
                          QStringLiteral("SELECT id FROM applicants WHERE reply_address_hash = ? "
                                         "ORDER BY received_at, id"),
                          &failure)
            : sql::native(m_database.connection(),
                          QStringLiteral("SELECT id FROM applicants WHERE reply_address = ? COLLATE NOCASE "
                                         "AND reply_address <> '' ORDER BY received_at, id"),
                          &failure);
    const QString hash = sealing.active() ? sealing.addressHash(address, s_replyAddress) : QString();
    if (sealing.active() && hash.isEmpty())
        return QVector<qint64>{};
    if (!q || !q->run({sealing.active() ? QVariant(hash) : QVariant(address.trimmed())}))
        return q ? q->failure() : failure;
    QVector<qint64> ids;
    while (q->next())
        ids.append(q->int64(0));
    q->finish();
    return ids;
}

StoreResult<QVector<Applicant>> ApplicantRepository::byAddress(const QString& address) const
{
    QSqlQuery q(m_database.connection());
    const Sealing sealing(m_database);
    const QString hash = sealing.addressHash(address, s_replyAddress);
    if (sealing.active() && hash.isEmpty())
        return QVector<Applicant>{};
    const bool ok =
        sealing.active()
            ? sql::exec(q,
                        QStringLiteral("SELECT %1 FROM applicants a WHERE a.reply_address_hash = ? "
                                       "ORDER BY a.received_at, a.id")
                            .arg(s_columns),
                        {hash})
            : sql::exec(q,
                        QStringLiteral("SELECT %1 FROM applicants a WHERE a.reply_address = ? COLLATE NOCASE "
                                       "AND a.reply_address <> '' ORDER BY a.received_at, a.id")
                            .arg(s_columns),
                        {address.trimmed()});
    if (!ok)
        return sql::failure(q);
    QVector<Applicant> found;
    while (q.next())
        found.append(readApplicant(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return found;
}

StoreResult<Done> ApplicantRepository::setDuplicateState(qint64 id, DuplicateState state)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET duplicate_state = ? WHERE id = ?"),
                   {duplicateStateKey(state), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

StoreResult<Done> ApplicantRepository::setRoom(qint64 id, qint64 roomId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET room_id = ? WHERE id = ?"), {sql::id(roomId), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

StoreResult<Done> ApplicantRepository::setNotes(qint64 id, const QString& notes)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET notes = ? WHERE id = ?"),
                   {Sealing(m_database).text(notes, s_notes), id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

StoreResult<QVector<QPair<qint64, quint32>>>
ApplicantRepository::awaitingOnServer(qint64 accountId, const QString& mailbox, qint64 uidValidity, int limit) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT a.id, m.uid FROM applicants a JOIN messages m ON m.applicant_id = a.id "
                                  "WHERE m.account_id = ? AND m.mailbox = ? AND m.uidvalidity = ? "
                                  "AND m.direction = 'in' AND m.classification = 'application' "
                                  "AND a.first_reply_at IS NULL AND a.status IN ('new', 'checking') "
                                  "ORDER BY m.uid DESC LIMIT ?"),
                   {accountId, mailbox, uidValidity, limit}))
        return sql::failure(q);
    QVector<QPair<qint64, quint32>> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), quint32(q.value(1).toLongLong())});
    return result;
}

StoreResult<Done> ApplicantRepository::noteAnsweredElsewhere(qint64 id, const QDateTime& at)
{
    auto applicant = byId(id);
    if (!applicant)
        return applicant.error();
    QVector<Hint> hints = applicant->hints;
    bool present = false;
    for (const Hint& hint : hints)
        present = present || hint.kind == QLatin1String("answered_elsewhere");
    if (!present)
        hints.append({QStringLiteral("answered_elsewhere"), QStringLiteral("\\Answered on the server")});
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE applicants SET first_reply_at = COALESCE(first_reply_at, ?), hints = ? "
                                  "WHERE id = ?"),
                   {sql::instant(at), json::fromHints(hints), id}))
        return sql::failure(q);
    AuditEntry entry;
    entry.at = at;
    entry.action = QStringLiteral("reply.noticed_on_server");
    entry.subjectKind = QStringLiteral("applicant");
    entry.subjectId = id;
    if (auto logged = AuditLog(m_database).record(entry); !logged)
        return logged.error();
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<Done> ApplicantRepository::resolveDuplicate(qint64 id, DuplicateState decision)
{
    if (decision != DuplicateState::Kept && decision != DuplicateState::Merged)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("a decision is kept or merged")};
    auto applicant = byId(id);
    if (!applicant)
        return applicant.error();
    if (applicant->duplicateState != DuplicateState::Flagged || applicant->duplicateOfId <= 0)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("not a flagged duplicate")};
    QVector<Hint> hints;
    for (const Hint& hint : applicant->hints) {
        if (hint.kind != QLatin1String("duplicate"))
            hints.append(hint);
    }
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET duplicate_state = ?, hints = ? WHERE id = ?"),
                   {duplicateStateKey(decision), json::fromHints(hints), id}))
        return sql::failure(q);
    if (decision == DuplicateState::Merged &&
        !sql::exec(q, QStringLiteral("UPDATE messages SET applicant_id = ? WHERE applicant_id = ?"),
                   {applicant->duplicateOfId, id}))
        return sql::failure(q);
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<Done> ApplicantRepository::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM applicants WHERE id = ?"), {id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such applicant")};
    return Done{};
}

} // namespace tsunagu
