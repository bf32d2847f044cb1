// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StoreFacts.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tsunagu {

StoreResult<StoreFacts> StoreFacts::read(Database& database)
{
    StoreFacts facts;
    facts.schemaVersion = database.schemaVersion();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return StoreFailure{StoreError::QueryFailed, query.lastError().text()};
    facts.sqliteVersion = query.value(0).toString();
    if (!query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return StoreFailure{StoreError::QueryFailed, query.lastError().text()};
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    for (const QString& table : qAsConst(tables)) {
        // A table name cannot be bound; these come from sqlite_master and are quoted as identifiers.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !query.next())
            return StoreFailure{StoreError::QueryFailed, query.lastError().text()};
        facts.rowCounts.insert(table, query.value(0).toLongLong());
    }
    return facts;
}

} // namespace tsunagu
