// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BlockedAddressRepository.h"
#include "storage/NativeStatement.h"

#include "storage/SqlSupport.h"

namespace tsunagu {

StoreResult<Done> BlockedAddressRepository::block(const QString& address, const QDateTime& at, const QString& note)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO blocked_addresses (address, blocked_at, note) VALUES (?, ?, ?) "
                                  "ON CONFLICT (address) DO UPDATE SET note = excluded.note"),
                   {address.trimmed(), sql::instant(at), sql::text(note)}))
        return sql::failure(q);
    return Done{};
}

StoreResult<Done> BlockedAddressRepository::unblock(const QString& address)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM blocked_addresses WHERE address = ?"), {address.trimmed()}))
        return sql::failure(q);
    return Done{};
}

StoreResult<QStringList> BlockedAddressRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT address FROM blocked_addresses ORDER BY address")))
        return sql::failure(q);
    QStringList addresses;
    while (q.next())
        addresses << q.value(0).toString();
    return addresses;
}

StoreResult<bool> BlockedAddressRepository::isBlocked(const QString& address) const
{
    StoreFailure failure;
    NativeStatement* q = sql::native(m_database.connection(),
                                     QStringLiteral("SELECT 1 FROM blocked_addresses WHERE address = ?"), &failure);
    if (!q || !q->run({address.trimmed()}))
        return q ? q->failure() : failure;
    const bool blocked = q->next();
    q->finish();
    return blocked;
}

} // namespace tsunagu
