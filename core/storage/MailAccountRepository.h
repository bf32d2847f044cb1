// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/MailAccount.h"
#include "storage/Database.h"

#include <QStringList>
#include <QVector>

namespace tsunagu {

// Mail accounts and the rooms that receive on each (rooms.mail_account_id). Never stores a password.
class MailAccountRepository
{
public:
    MailAccountRepository(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    StoreResult<QVector<MailAccount>> all() const; // by name
    StoreResult<MailAccount> byId(qint64 id) const;
    StoreResult<MailAccount> byName(const QString& name) const;
    // Makes the secret key when the account has none and sets created_at from the clock. A name already used
    // and "plain_local" to a host that is not this computer are ConstraintViolated.
    StoreResult<qint64> insert(const MailAccount& account);
    // Everything the host edits; the secret key, creation time, pin and last error keep their own setters.
    StoreResult<Done> update(const MailAccount& account);
    // insert() or update() (by id) together with setRooms(), all or nothing; returns the account's id.
    StoreResult<qint64> save(const MailAccount& account, const QStringList& roomCodes);
    // The rooms are unlinked (they stay), the sync state goes with the account.
    StoreResult<Done> remove(qint64 id);

    // Codes of the rooms that receive on this account, in the rooms' own order.
    StoreResult<QStringList> roomCodes(qint64 accountId) const;
    // Exactly these rooms receive on the account afterwards (a room on another account moves here); all or
    // nothing: an unknown code is NotFound and changes nothing.
    StoreResult<Done> setRooms(qint64 accountId, const QStringList& roomCodes);

    StoreResult<Done> setLastError(qint64 accountId, MailAccountProblem problem, const QString& detail);
    StoreResult<Done> clearLastError(qint64 accountId);
    // The certificate fingerprint the host confirmed (32 bytes); empty removes the pin.
    StoreResult<Done> setPin(qint64 accountId, const QByteArray& sha256);
    // The same for the SMTP server, when its certificate is not the IMAP server's.
    StoreResult<Done> setSmtpPin(qint64 accountId, const QByteArray& sha256);
    // When the host signed in through the browser (OAuth 2.0 accounts); the tokens went to the keychain.
    StoreResult<Done> setSignedIn(qint64 accountId, const QDateTime& when);

private:
    StoreResult<MailAccount> one(const QString& where, const QVariant& value) const;
    StoreResult<Done> changeOne(const QString& statement, std::initializer_list<QVariant> values);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
