// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Sealer.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace tsunagu {

// One fetched mail on its way to the store.
struct FetchedMail
{
    quint32 uid = 0;
    QByteArray bytes;
    qint64 fullSize = 0; // > bytes.size() when only the first bytes were fetched
    QDateTime arrivedAt; // when the server received it (INTERNALDATE); invalid: not known
};

// A fetched mail waiting to be read, as it was kept.
struct WaitingMail
{
    qint64 id = 0;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    qint64 fullSize = 0; // the size on the server: > raw.size() when only the first bytes were fetched
    QByteArray raw;      // in a sealed profile, empty until FetchedMailRepository::open()
    // In a sealed profile, the mail as it is kept: sealed under the label of the message it becomes, so that the
    // message stores these bytes (Sealing::bytesAsKept). Empty in a plain profile, and after open() for mail kept
    // under the former label.
    QByteArray sealedRaw;
    QDateTime arrivedAt; // when the server received it; invalid: not known
};

// The mail a sync has downloaded but not read yet (table fetched_mail, schema version 6): the fetch phase keeps
// each mail exactly as it came, the read phase turns it into messages and applicants and forgets it in the same
// transaction. The statements are kept prepared on the connection (NativeStatement): the fetch phase runs one for
// every mail, and its whole point is to cost little more than writing the bytes.
class FetchedMailRepository
{
public:
    explicit FetchedMailRepository(Database& database)
        : m_database(database)
    {}

    // Keeps every mail of a batch; the caller's transaction also moves the mailbox's sync state forward.
    StoreResult<Done> add(qint64 accountId, const QString& mailbox, quint32 uidValidity,
                          const QVector<FetchedMail>& mails, const QDateTime& fetchedAt);
    // Up to `limit` waiting mails of the mailbox with an id above `afterId`, in the order they were fetched. In a
    // sealed profile they come as kept (sealedRaw), for open() on the threads that read them: opening is a third
    // of the cipher's work in reading mail, and the thread that stores is the one the read phase waits for.
    StoreResult<QVector<WaitingMail>> next(qint64 accountId, const QString& mailbox, qint64 afterId, int limit) const;
    // Fills a waiting mail's raw bytes from sealedRaw, on any thread (no database is read). False when they do not
    // open: changed, or sealed by another profile.
    static bool open(WaitingMail& mail, const crypto::Sealer& sealer);
    // Puts a raw column's stored bytes where they belong: sealedRaw when `sealer` is given and they are sealed,
    // raw otherwise.
    static void take(WaitingMail& mail, QByteArray stored, const crypto::Sealer* sealer);
    // Forgets the mailbox's waiting mails with ids from `firstId` to `lastId`: they have been read.
    StoreResult<Done> remove(qint64 accountId, const QString& mailbox, qint64 firstId, qint64 lastId);
    StoreResult<int> count(qint64 accountId, const QString& mailbox) const;
    // Waiting mails of every account and mailbox.
    StoreResult<int> countAll() const;

private:
    Database& m_database;
};

} // namespace tsunagu

Q_DECLARE_METATYPE(tsunagu::FetchedMail)
