// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tsunagu {

// Forward-only schema migrations. Version N is reached by the statements of resource
// :/tsunagu/migrations/NNNN.sql; all pending versions are applied in one transaction together with
// PRAGMA user_version, so a database is always at exactly one version.
class Migrations
{
public:
    static int latestVersion();
    static QStringList statementsFor(int version);
    // Applies versions (current, target]; rolls everything back on the first failure.
    static StoreResult<Done> migrate(QSqlDatabase& db, int currentVersion, int targetVersion);
    // Splits a script at statement ends, keeping CREATE TRIGGER … END; bodies whole.
    static QStringList splitStatements(const QString& script);
};

} // namespace tsunagu
