// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

// What hosts did, for the co-hosts' peace of mind. Entries never hold mail text, addresses or secrets.
class AuditLog
{
public:
    explicit AuditLog(Database& database)
        : m_database(database)
    {}

    StoreResult<qint64> record(const AuditEntry& entry);
    StoreResult<QVector<AuditEntry>> recent(int limit) const; // newest first

private:
    Database& m_database;
};

} // namespace tsunagu
