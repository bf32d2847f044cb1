// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BlockedAddressRepository.h"
#include "storage/NativeStatement.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

#include <algorithm>

namespace tsunagu {
namespace {

// The address is sealed; it is found by the keyed hash of its normalised form (address_hash; that form itself in a
// plain profile). The note may name the person too.
constexpr const char* s_address = "blocked_addresses.address";
constexpr const char* s_note = "blocked_addresses.note";

} // namespace

StoreResult<Done> BlockedAddressRepository::block(const QString& address, const QDateTime& at, const QString& note)
{
    const Sealing sealing(m_database);
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO blocked_addresses (address_hash, address, blocked_at, note) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (address_hash) DO UPDATE SET note = excluded.note"),
                   {sealing.addressHash(address, s_address), sealing.text(address.trimmed(), s_address),
                    sql::instant(at), sealing.text(note, s_note)}))
        return sql::failure(q);
    return Done{};
}

StoreResult<Done> BlockedAddressRepository::unblock(const QString& address)
{
    const Sealing sealing(m_database);
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM blocked_addresses WHERE address_hash = ?"),
                   {sealing.addressHash(address, s_address)}))
        return sql::failure(q);
    return Done{};
}

StoreResult<QStringList> BlockedAddressRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT address FROM blocked_addresses")))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QStringList addresses;
    while (q.next())
        addresses << sealing.openText(q.value(0), s_address);
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a blocked address"));
    // Alphabetical without regard to case, as the NOCASE key used to sort them.
    std::sort(addresses.begin(), addresses.end(), [](const QString& a, const QString& b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    return addresses;
}

void BlockedAddressRepository::hashAhead(const QString& address, const crypto::Sealer& sealer, SealedAhead& ahead)
{
    Sealing::record(sealer, ahead).addressHash(address, s_address);
}

StoreResult<bool> BlockedAddressRepository::isBlocked(const QString& address) const
{
    const Sealing sealing(m_database);
    const QString hash = sealing.addressHash(address, s_address);
    if (hash.isEmpty())
        return false;
    StoreFailure failure;
    NativeStatement* q = sql::native(
        m_database.connection(), QStringLiteral("SELECT 1 FROM blocked_addresses WHERE address_hash = ?"), &failure);
    if (!q || !q->run({hash}))
        return q ? q->failure() : failure;
    const bool blocked = q->next();
    q->finish();
    return blocked;
}

} // namespace tsunagu
