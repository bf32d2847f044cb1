// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Host.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

class HostRepository
{
public:
    explicit HostRepository(Database& database)
        : m_database(database)
    {}

    StoreResult<QVector<Host>> all() const;
    // The host's display name; "" when there is no such host.
    StoreResult<QString> displayName(qint64 id) const;
    // Inserts the host and the rooms it serves (by code) together.
    StoreResult<qint64> insert(const Host& host);

private:
    Database& m_database;
};

} // namespace tsunagu
