// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace tsunagu {

// How far one mailbox of an account has been read (RFC 3501 §2.3.1.1: UIDs only mean something together with
// UIDVALIDITY; RFC 7162 HIGHESTMODSEQ when the server has CONDSTORE).
struct MailboxSyncState
{
    qint64 accountId = 0;
    QString mailbox;
    quint32 uidValidity = 0; // never 0 once stored
    quint32 highestUid = 0;  // the highest UID whose message is stored
    std::optional<quint64> highestModSeq;
    QDateTime lastSyncAt;
};

// One row per (account, mailbox). Every call is a single statement, so a sync calls it inside its own
// SqlTransaction together with storing the messages: the state never runs ahead of what is stored.
class SyncStateRepository
{
public:
    explicit SyncStateRepository(Database& database)
        : m_database(database)
    {}

    // Nothing when the mailbox was never synced (or was reset).
    StoreResult<std::optional<MailboxSyncState>> find(qint64 accountId, const QString& mailbox) const;
    StoreResult<QVector<MailboxSyncState>> forAccount(qint64 accountId) const;
    // Inserts or replaces the row. A uidValidity of 0 is ConstraintViolated.
    StoreResult<Done> save(const MailboxSyncState& state);
    // Forgets the mailbox (after UIDVALIDITY changed, the next sync starts from the beginning).
    StoreResult<Done> reset(qint64 accountId, const QString& mailbox);

private:
    Database& m_database;
};

} // namespace tsunagu
