// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ApplicantEraser.h"

#include "storage/ApplicantColumns.h"
#include "storage/AuditLog.h"
#include "storage/FetchedMailRepository.h"
#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"
#include "storage/UpgradeCopies.h"

#include <QSqlQuery>

namespace tsunagu {
namespace {

StoreResult<int> countOf(QSqlDatabase db, const QString& statement, qint64 id)
{
    QSqlQuery q(db);
    if (!sql::exec(q, statement, {id}) || !q.next())
        return sql::failure(q);
    return q.value(0).toInt();
}

// The fields of the row that stay after the applicant is deleted.
struct KeptRow
{
    QVariant roomId, category, status, receivedAt, firstReplyAt, referralContactId, referralLink, referralSource,
        duplicateState, textsRemovedAt;
};

struct KeptChange
{
    QVariant status, changedAt, hostId;
};

// Turns SQLite's secure_delete on for as long as it lives (a setting of the connection, not of the file).
class SecureDelete
{
public:
    explicit SecureDelete(QSqlDatabase db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_on = q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    ~SecureDelete()
    {
        if (m_on) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
        }
    }
    bool on() const { return m_on; }

private:
    QSqlDatabase m_db;
    bool m_on = false;
};

} // namespace

StoreResult<QVector<qint64>> ApplicantEraser::waitingMailOf(qint64 applicantId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVector<qint64> ids;
    // Where one of their mails sat on the server.
    if (!sql::exec(q,
                   QStringLiteral("SELECT f.id FROM fetched_mail f WHERE EXISTS (SELECT 1 FROM messages m WHERE "
                                  "m.applicant_id = ? AND m.account_id = f.account_id AND m.mailbox = f.mailbox AND "
                                  "m.uidvalidity = f.uidvalidity AND m.uid = f.uid)"),
                   {applicantId}))
        return sql::failure(q);
    while (q.next())
        ids.append(q.value(0).toLongLong());

    // From their address: looked for in each waiting mail as it came, opened first in a sealed profile, where
    // neither the mail nor the address can be searched by SQL. There is little waiting mail between a download
    // and its reading.
    const Sealing sealing(m_database);
    if (!sql::exec(q, QStringLiteral("SELECT reply_address FROM applicants WHERE id = ?"), {applicantId}) || !q.next())
        return sql::failure(q);
    const QByteArray address = sealing.openText(q.value(0), applicantColumns::s_replyAddress).toUtf8();
    q.finish();
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    if (address.isEmpty())
        return ids;
    if (!sql::exec(q, QStringLiteral("SELECT id, raw FROM fetched_mail ORDER BY id")))
        return sql::failure(q);
    const crypto::Sealer* sealer = m_database.sealer();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (ids.contains(id))
            continue;
        WaitingMail mail;
        FetchedMailRepository::take(mail, q.value(1).toByteArray(), sealer);
        if (sealer && !FetchedMailRepository::open(mail, *sealer))
            return Sealing::failure(QStringLiteral("a fetched mail"), QLatin1String(s_rawMailLabel));
        if (mail.raw.contains(address))
            ids.append(id);
    }
    return ids;
}

StoreResult<ApplicantErasure> ApplicantEraser::plan(qint64 applicantId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("SELECT erased_at FROM applicants WHERE id = ?"), {applicantId}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no applicant %1").arg(applicantId)};
    if (!q.value(0).isNull())
        return StoreFailure{StoreError::Conflict, QStringLiteral("applicant %1 was deleted already").arg(applicantId)};

    ApplicantErasure plan;
    plan.applicantId = applicantId;
    const struct
    {
        int* into;
        const char* statement;
    } counts[] = {
        {&plan.messages, "SELECT COUNT(*) FROM messages WHERE applicant_id = ?"},
        {&plan.replies, "SELECT COUNT(*) FROM replies WHERE applicant_id = ?"},
        {&plan.referrals, "SELECT COUNT(*) FROM referrals WHERE applicant_id = ?"},
        {&plan.memberLinks, "SELECT COUNT(*) FROM members WHERE applicant_id = ?"},
    };
    auto waiting = waitingMailOf(applicantId);
    if (!waiting)
        return waiting.error();
    plan.waitingMail = int(waiting->size());
    for (const auto& count : counts) {
        auto n = countOf(db, QString::fromLatin1(count.statement), applicantId);
        if (!n)
            return n.error();
        *count.into = n.value();
    }
    if (!sql::exec(q,
                   QStringLiteral("SELECT account_id, mailbox, uidvalidity, uid FROM messages WHERE applicant_id = ? "
                                  "AND direction = 'in' AND uid IS NOT NULL AND account_id IS NOT NULL "
                                  "ORDER BY account_id, mailbox, uidvalidity, uid"),
                   {applicantId}))
        return sql::failure(q);
    while (q.next()) {
        plan.onServer.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                              quint32(q.value(3).toLongLong())});
    }
    return plan;
}

StoreResult<ApplicantErasure> ApplicantEraser::erase(qint64 applicantId, qint64 hostId)
{
    QSqlDatabase db = m_database.connection();
    auto planned = plan(applicantId);
    if (!planned)
        return planned;
    ApplicantErasure erased = planned.value();

    {
        SecureDelete secure(db);
        if (!secure.on())
            return StoreFailure{StoreError::QueryFailed, QStringLiteral("secure_delete could not be turned on")};
        SqlTransaction transaction(db);
        if (!transaction.begun())
            return transaction.failure();
        QSqlQuery q(db);

        if (!sql::exec(q,
                       QStringLiteral("SELECT room_id, category, status, received_at, first_reply_at, "
                                      "referral_contact_id, referral_link, referral_source, duplicate_state, "
                                      "texts_removed_at FROM applicants WHERE id = ?"),
                       {applicantId}) ||
            !q.next())
            return sql::failure(q);
        KeptRow kept{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4),
                     q.value(5), q.value(6), q.value(7), q.value(8), q.value(9)};
        // With a contact linked the report counts the contact's organisation, so the applicant's own words can go.
        if (!kept.referralContactId.isNull())
            kept.referralSource = QString();
        // A merged duplicate leaves the lists; the other states only concerned the person's address.
        if (kept.duplicateState.toString() != QLatin1String("merged"))
            kept.duplicateState = QStringLiteral("none");

        QVector<KeptChange> history;
        if (!sql::exec(q,
                       QStringLiteral("SELECT status, changed_at, host_id FROM applicant_status_history "
                                      "WHERE applicant_id = ? ORDER BY id"),
                       {applicantId}))
            return sql::failure(q);
        while (q.next())
            history.append({q.value(0), q.value(1), q.value(2)});

        auto waiting = waitingMailOf(applicantId);
        if (!waiting)
            return waiting.error();
        for (const qint64 id : std::as_const(waiting.value())) {
            if (!sql::exec(q, QStringLiteral("DELETE FROM fetched_mail WHERE id = ?"), {id}))
                return sql::failure(q);
        }
        if (!sql::exec(q, QStringLiteral("DELETE FROM messages WHERE applicant_id = ?"), {applicantId}))
            return sql::failure(q);
        // Cascades to the status history, replies and referrals; clears members.applicant_id and duplicate_of.
        if (!sql::exec(q, QStringLiteral("DELETE FROM applicants WHERE id = ?"), {applicantId}))
            return sql::failure(q);

        const QDateTime now = m_clock.now();
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO applicants (id, room_id, category, status, received_at, "
                                      "first_reply_at, referral_contact_id, referral_link, referral_source, "
                                      "duplicate_state, texts_removed_at, erased_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {applicantId, kept.roomId, kept.category, kept.status, kept.receivedAt, kept.firstReplyAt,
                        kept.referralContactId, kept.referralLink, sql::text(kept.referralSource.toString()),
                        kept.duplicateState, kept.textsRemovedAt, sql::instant(now)}))
            return sql::failure(q);
        for (const KeptChange& change : std::as_const(history)) {
            if (!sql::exec(q,
                           QStringLiteral("INSERT INTO applicant_status_history (applicant_id, status, changed_at, "
                                          "host_id) VALUES (?, ?, ?, ?)"),
                           {applicantId, change.status, change.changedAt, change.hostId}))
                return sql::failure(q);
        }

        AuditEntry entry;
        entry.at = now;
        entry.hostId = hostId;
        entry.action = QStringLiteral("applicant.deleted");
        entry.subjectKind = QStringLiteral("applicant");
        entry.subjectId = applicantId;
        entry.detail = QStringLiteral("messages=%1 replies=%2 referrals=%3 waiting=%4")
                           .arg(erased.messages)
                           .arg(erased.replies)
                           .arg(erased.referrals)
                           .arg(erased.waitingMail);
        if (auto logged = AuditLog(m_database).record(entry); !logged)
            return logged.error();
        if (!transaction.commit())
            return transaction.failure();
    }

    // Outside any transaction. Another connection reading at this moment (the window's list loading) can make
    // VACUUM busy: the pages were zeroed by secure_delete all the same, and the next deletion compacts again.
    QSqlQuery q(db);
    erased.fileCompacted = q.exec(QStringLiteral("VACUUM"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // A copy made before an upgrade still holds the applicant.
    UpgradeCopies::remove(m_database.path());
    return erased;
}

} // namespace tsunagu
