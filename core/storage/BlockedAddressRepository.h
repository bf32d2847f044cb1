// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QStringList>

namespace tsunagu {

class SealedAhead;

// Addresses the host blocked. Their mail is still kept; intake shows a hint instead of deciding.
class BlockedAddressRepository
{
public:
    explicit BlockedAddressRepository(Database& database)
        : m_database(database)
    {}

    StoreResult<Done> block(const QString& address, const QDateTime& at, const QString& note = {});
    StoreResult<Done> unblock(const QString& address);
    StoreResult<QStringList> all() const;
    StoreResult<bool> isBlocked(const QString& address) const;
    // On any thread: the keyed hash isBlocked() looks `address` up by, into `ahead` (see SealedAhead).
    static void hashAhead(const QString& address, const crypto::Sealer& sealer, SealedAhead& ahead);

private:
    Database& m_database;
};

} // namespace tsunagu
