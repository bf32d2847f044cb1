// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/HostRepository.h"

#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

namespace tsunagu {

namespace {

// Links the host to the rooms named by code; NotFound when a code names no room.
StoreResult<Done> linkRooms(QSqlQuery& q, qint64 hostId, const QStringList& roomCodes)
{
    for (const QString& code : roomCodes) {
        if (!sql::exec(
                q, QStringLiteral("INSERT INTO host_rooms (host_id, room_id) SELECT ?, id FROM rooms WHERE code = ?"),
                {hostId, code}))
            return sql::failure(q);
        if (q.numRowsAffected() != 1)
            return StoreFailure{StoreError::NotFound, QStringLiteral("no such room")};
    }
    return Done{};
}

} // namespace

StoreResult<QVector<Host>> HostRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT h.id, h.display_name, h.signature, r.code FROM hosts h "
                                     "LEFT JOIN host_rooms hr ON hr.host_id = h.id "
                                     "LEFT JOIN rooms r ON r.id = hr.room_id "
                                     "ORDER BY h.display_name, r.sort_order, r.code")))
        return sql::failure(q);
    QVector<Host> hosts;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (hosts.isEmpty() || hosts.last().id != id) {
            Host host;
            host.id = id;
            host.displayName = q.value(1).toString();
            host.signature = q.value(2).toString();
            hosts.append(host);
        }
        if (!q.value(3).isNull())
            hosts.last().roomCodes.append(q.value(3).toString());
    }
    return hosts;
}

StoreResult<qint64> HostRepository::insert(const Host& host)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    QSqlQuery q(db);
    if (!transaction.begun())
        return transaction.failure();
    if (!sql::exec(q, QStringLiteral("INSERT INTO hosts (display_name, signature) VALUES (?, ?)"),
                   {host.displayName, sql::text(host.signature)}))
        return sql::failure(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto linked = linkRooms(q, id, host.roomCodes); !linked)
        return linked.error();
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<Done> HostRepository::update(const Host& host)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("UPDATE hosts SET display_name = ?, signature = ? WHERE id = ?"),
                   {host.displayName, sql::text(host.signature), host.id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such host")};
    if (!sql::exec(q, QStringLiteral("DELETE FROM host_rooms WHERE host_id = ?"), {host.id}))
        return sql::failure(q);
    if (auto linked = linkRooms(q, host.id, host.roomCodes); !linked)
        return linked;
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<Done> HostRepository::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM hosts WHERE id = ?"), {id}))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such host")};
    return Done{};
}

StoreResult<QString> HostRepository::displayName(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT display_name FROM hosts WHERE id = ?"), {id}))
        return sql::failure(q);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace tsunagu
