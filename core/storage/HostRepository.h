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
    // Changes the host's name and signature and replaces the rooms it serves, together (NotFound: no such host or
    // room; nothing changed then).
    StoreResult<Done> update(const Host& host);
    // Removes the host; replies and audit entries it signed keep their text and lose only the link.
    StoreResult<Done> remove(qint64 id);

private:
    Database& m_database;
};

} // namespace tsunagu
