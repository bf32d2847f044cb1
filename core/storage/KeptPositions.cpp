// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/KeptPositions.h"

#include "storage/SqlSupport.h"

namespace tsunagu {

StoreResult<std::vector<quint32>> KeptPositions::uidsAbove(qint64 accountId, const QString& mailbox,
                                                           quint32 uidValidity, quint32 above) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT uid FROM messages WHERE account_id = ? AND mailbox = ? AND uidvalidity = ? "
                                  "AND uid > ? "
                                  "UNION SELECT uid FROM fetched_mail WHERE account_id = ? AND mailbox = ? "
                                  "AND uidvalidity = ? AND uid > ? ORDER BY 1"),
                   {accountId, mailbox, qint64(uidValidity), qint64(above), accountId, mailbox, qint64(uidValidity),
                    qint64(above)}))
        return sql::failure(q);
    std::vector<quint32> uids;
    while (q.next())
        uids.push_back(quint32(q.value(0).toLongLong()));
    return uids;
}

} // namespace tsunagu
