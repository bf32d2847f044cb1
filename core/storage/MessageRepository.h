// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace tsunagu {

class SealedAhead;
class Sealing;

// Mail in and out, with the raw bytes of what came in.
class MessageRepository
{
public:
    explicit MessageRepository(Database& database)
        : m_database(database)
    {}

    // `sealedRaw`: the message's raw bytes as a sealed profile already keeps them (a waiting mail's, sealed under
    // the raw mail's label), stored as they are instead of sealing message.raw again; empty: message.raw is sealed.
    StoreResult<qint64> insert(const Message& message, const QByteArray& sealedRaw = {});
    // On any thread: seals what insert() would seal of `message`, into `ahead` (see SealedAhead).
    static void sealAhead(const Message& message, const QByteArray& sealedRaw, const crypto::Sealer& sealer,
                          SealedAhead& ahead);
    // Without the raw bytes unless asked for (lists never need them).
    StoreResult<Message> byId(qint64 id, bool withRaw = false) const;
    // The id of a message already stored with these exact bytes, or 0.
    StoreResult<qint64> idBySha256(const QString& sha256) const;
    // The id of an incoming message with this Message-ID, or 0.
    StoreResult<qint64> incomingIdByMessageId(const QString& messageId) const;
    // The applicant a message we sent with one of these Message-IDs belongs to, or 0 (replies are threaded
    // through In-Reply-To and References, RFC 5322 §3.6.4).
    StoreResult<qint64> applicantOfSent(const QStringList& messageIds) const;
    // Messages of one applicant, oldest first, without raw bytes.
    StoreResult<QVector<Message>> forApplicant(qint64 applicantId) const;
    // Incoming messages with this classification, newest first, without raw bytes.
    StoreResult<QVector<Message>> withClassification(Classification classification) const;
    StoreResult<Done> classify(qint64 id, Classification classification, qint64 applicantId);

    // Where a stored incoming mail sits on the server, for matching mail again after a mailbox's UIDVALIDITY
    // changed (RFC 3501 §2.3.1.1): by Message-ID, or by size and Date when it has none.
    struct ServerCopy
    {
        qint64 id = 0;
        QString messageId;
        qint64 sizeBytes = 0;
        QDateTime sentAt;
    };
    StoreResult<QVector<ServerCopy>> serverCopies(qint64 accountId, const QString& mailbox) const;
    StoreResult<Done> setServerPosition(qint64 id, qint64 uidValidity, qint64 uid);

private:
    // The values of insert()'s statement, in its column order, sealed by `sealing`.
    static QVariantList insertValues(const Message& message, const QByteArray& sealedRaw, const Sealing& sealing);

    StoreResult<QVector<Message>> select(const QString& where, std::initializer_list<QVariant> values) const;

    Database& m_database;
};

} // namespace tsunagu
