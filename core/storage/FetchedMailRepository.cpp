// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FetchedMailRepository.h"

#include "storage/NativeStatement.h"
#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

#include <algorithm>

namespace tsunagu {

namespace {

// A whole mail as the server sent it, until intake has read it, is sealed under s_rawMailLabel: the label of the
// message it becomes. Mail kept by a profile before 2026-12-06 is sealed under this one.
constexpr const char* s_formerLabel = "fetched_mail.raw";

} // namespace

StoreResult<Done> FetchedMailRepository::add(qint64 accountId, const QString& mailbox, quint32 uidValidity,
                                             const QVector<FetchedMail>& mails, const QDateTime& fetchedAt)
{
    StoreFailure failure;
    NativeStatement* q =
        sql::native(m_database.connection(),
                    QStringLiteral("INSERT INTO fetched_mail (account_id, mailbox, uidvalidity, uid, "
                                   "full_size, raw, fetched_at, arrived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    &failure);
    if (!q)
        return failure;
    // As the schema's CHECK constraints say, also for a connection that skips them (IntakeWorker).
    if (uidValidity == 0)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("fetched mail without UIDVALIDITY")};
    for (const FetchedMail& mail : mails) {
        if (mail.uid == 0 || mail.fullSize < 0)
            return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("fetched mail without UID")};
    }
    // The same for the whole batch: converted once.
    const QVariant account(accountId);
    const QVariant box(mailbox);
    const QVariant validity = qint64(uidValidity);
    const QVariant when = sql::instant(fetchedAt);
    const Sealing sealing(m_database);
    for (const FetchedMail& mail : mails) {
        // Never NULL: an empty mail is still a mail the server has.
        const QByteArray raw = mail.bytes.isNull() ? QByteArray("") : mail.bytes;
        const qint64 size = std::max(mail.fullSize, qint64(raw.size()));
        const QVariant arrived = mail.arrivedAt.isValid() ? sql::instant(mail.arrivedAt) : QVariant();
        if (!q->run(
                {account, box, validity, qint64(mail.uid), size, sealing.bytes(raw, s_rawMailLabel), when, arrived}))
            return q->failure();
    }
    return Done{};
}

StoreResult<QVector<WaitingMail>> FetchedMailRepository::next(qint64 accountId, const QString& mailbox, qint64 afterId,
                                                              int limit) const
{
    StoreFailure failure;
    NativeStatement* q =
        sql::native(m_database.connection(),
                    // In id order from `afterId` on, and no further than the limit. The unary + keeps SQLite from
                    // choosing the (account, mailbox, …) index instead: that would read every waiting mail of the
                    // mailbox, raw bytes and all, into a sorter at each call.
                    QStringLiteral("SELECT id, uidvalidity, uid, full_size, raw, arrived_at FROM fetched_mail "
                                   "WHERE id > ? AND +account_id = ? AND +mailbox = ? ORDER BY id LIMIT ?"),
                    &failure);
    if (!q)
        return failure;
    if (!q->run({afterId, accountId, mailbox, limit}))
        return q->failure();
    const crypto::Sealer* sealer = m_database.sealer();
    QVector<WaitingMail> mails;
    mails.reserve(limit);
    while (q->next()) {
        WaitingMail mail;
        mail.id = q->int64(0);
        mail.uidValidity = quint32(q->int64(1));
        mail.uid = quint32(q->int64(2));
        mail.fullSize = q->int64(3);
        take(mail, q->blob(4), sealer);
        const QString arrived = q->text(5); // empty for NULL: the server did not say
        if (!arrived.isEmpty())
            mail.arrivedAt = sql::toInstant(arrived);
        mails.append(std::move(mail));
    }
    q->finish();
    return mails;
}

void FetchedMailRepository::take(WaitingMail& mail, QByteArray stored, const crypto::Sealer* sealer)
{
    if (sealer && crypto::Sealer::isSealedBytes(stored))
        mail.sealedRaw = std::move(stored);
    else
        mail.raw = std::move(stored);
}

bool FetchedMailRepository::open(WaitingMail& mail, const crypto::Sealer& sealer)
{
    if (mail.sealedRaw.isEmpty())
        return true;
    if (sealer.openBytes(mail.sealedRaw, s_rawMailLabel, mail.raw) == crypto::Sealer::Opened::Sealed)
        return true;
    // Kept under the former label: it opens, but the message seals it anew under its own.
    if (sealer.openBytes(mail.sealedRaw, s_formerLabel, mail.raw) == crypto::Sealer::Opened::Sealed) {
        mail.sealedRaw.clear();
        return true;
    }
    mail.raw.clear();
    return false;
}

StoreResult<Done> FetchedMailRepository::remove(qint64 accountId, const QString& mailbox, qint64 firstId, qint64 lastId)
{
    StoreFailure failure;
    NativeStatement* q = sql::native(m_database.connection(),
                                     QStringLiteral("DELETE FROM fetched_mail WHERE id BETWEEN ? AND ? "
                                                    "AND +account_id = ? AND +mailbox = ?"),
                                     &failure);
    if (!q)
        return failure;
    if (!q->run({firstId, lastId, accountId, mailbox}))
        return q->failure();
    return Done{};
}

StoreResult<int> FetchedMailRepository::count(qint64 accountId, const QString& mailbox) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT count(*) FROM fetched_mail WHERE account_id = ? AND mailbox = ?"),
                   {accountId, mailbox}) ||
        !q.next())
        return sql::failure(q);
    return q.value(0).toInt();
}

StoreResult<int> FetchedMailRepository::countAll() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT count(*) FROM fetched_mail")) || !q.next())
        return sql::failure(q);
    return q.value(0).toInt();
}

} // namespace tsunagu
