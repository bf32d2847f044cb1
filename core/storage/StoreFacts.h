// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QMap>
#include <QString>

namespace tsunagu {

class Database;

// What a bug report may say about a store: versions and how many rows each table holds, never a row's contents.
struct StoreFacts
{
    QString sqliteVersion;
    int schemaVersion = 0;
    QMap<QString, qint64> rowCounts; // by table name

    static StoreResult<StoreFacts> read(Database& database);
};

} // namespace tsunagu
