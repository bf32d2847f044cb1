// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SyncStateRepository.h"
#include "storage/NativeStatement.h"

#include "storage/SqlSupport.h"

namespace tsunagu {
namespace {

const QString s_columns = QStringLiteral("account_id, mailbox, uidvalidity, highest_uid, highest_modseq, last_sync_at");

MailboxSyncState readState(const QSqlQuery& q)
{
    MailboxSyncState state;
    state.accountId = q.value(0).toLongLong();
    state.mailbox = q.value(1).toString();
    state.uidValidity = quint32(q.value(2).toLongLong());
    state.highestUid = quint32(q.value(3).toLongLong());
    // SQLite integers are signed 64-bit: a mod-sequence above 2^63-1 is stored as its two's complement bits.
    if (!q.value(4).isNull())
        state.highestModSeq = quint64(q.value(4).toLongLong());
    state.lastSyncAt = sql::toInstant(q.value(5));
    return state;
}

} // namespace

StoreResult<std::optional<MailboxSyncState>> SyncStateRepository::find(qint64 accountId, const QString& mailbox) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q, QStringLiteral("SELECT %1 FROM mailbox_sync_state WHERE account_id = ? AND mailbox = ?").arg(s_columns),
            {accountId, mailbox}))
        return sql::failure(q);
    if (!q.next())
        return std::optional<MailboxSyncState>();
    return std::optional<MailboxSyncState>(readState(q));
}

StoreResult<QVector<MailboxSyncState>> SyncStateRepository::forAccount(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q, QStringLiteral("SELECT %1 FROM mailbox_sync_state WHERE account_id = ? ORDER BY mailbox").arg(s_columns),
            {accountId}))
        return sql::failure(q);
    QVector<MailboxSyncState> states;
    while (q.next())
        states.append(readState(q));
    return states;
}

StoreResult<Done> SyncStateRepository::save(const MailboxSyncState& state)
{
    // The schema says so too; checked here also for a connection that skips CHECK constraints (IntakeWorker).
    if (state.uidValidity == 0)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("sync state without UIDVALIDITY")};
    const QVariant modSeq =
        state.highestModSeq ? QVariant(qint64(*state.highestModSeq)) : QVariant(QMetaType(QMetaType::LongLong));
    StoreFailure failure;
    NativeStatement* q = sql::native(
        m_database.connection(),
        QStringLiteral("INSERT INTO mailbox_sync_state (account_id, mailbox, uidvalidity, highest_uid, highest_modseq, "
                       "last_sync_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, mailbox) DO UPDATE SET "
                       "uidvalidity = excluded.uidvalidity, highest_uid = excluded.highest_uid, "
                       "highest_modseq = excluded.highest_modseq, last_sync_at = excluded.last_sync_at"),
        &failure);
    const bool ok = q && q->run({state.accountId, state.mailbox, qint64(state.uidValidity), qint64(state.highestUid),
                                 modSeq, sql::instant(state.lastSyncAt)});
    if (!ok)
        return q ? q->failure() : failure;
    return Done{};
}

StoreResult<Done> SyncStateRepository::reset(qint64 accountId, const QString& mailbox)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM mailbox_sync_state WHERE account_id = ? AND mailbox = ?"),
                   {accountId, mailbox}))
        return sql::failure(q);
    return Done{};
}

} // namespace tsunagu
