// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/SqlTransaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu {
namespace {

QString resourceFor(int version)
{
    return QStringLiteral(":/tsunagu/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0'));
}

} // namespace

int Migrations::latestVersion()
{
    int version = 0;
    while (QFile::exists(resourceFor(version + 1)))
        ++version;
    return version;
}

QStringList Migrations::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        QString line = rawLine;
        const int comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0 && !line.left(comment).contains(QLatin1Char('\'')))
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        if (current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : line.trimmed().endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QStringList Migrations::statementsFor(int version)
{
    QFile file(resourceFor(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return splitStatements(QString::fromUtf8(file.readAll()));
}

StoreResult<Done> Migrations::migrate(QSqlDatabase& db, int currentVersion, int targetVersion)
{
    if (currentVersion >= targetVersion)
        return Done{};
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return StoreFailure{StoreError::MigrationFailed, transaction.error()};
    QSqlQuery query(db);
    for (int version = currentVersion + 1; version <= targetVersion; ++version) {
        const QStringList statements = statementsFor(version);
        if (statements.isEmpty())
            return StoreFailure{StoreError::MigrationFailed, QStringLiteral("no migration to version %1").arg(version)};
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                return StoreFailure{StoreError::MigrationFailed, QStringLiteral("version %1: %2")
                                                                     .arg(version)
                                                                     .arg(query.lastError().text())};
            }
        }
    }
    // PRAGMA takes no bound values; the version is an int we produced ourselves.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)))
        return StoreFailure{StoreError::MigrationFailed, query.lastError().text()};
    // The schema must leave no dangling reference behind.
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())
        return StoreFailure{StoreError::MigrationFailed, QStringLiteral("foreign key check failed after migration")};
    query.finish();
    if (!transaction.commit())
        return StoreFailure{StoreError::MigrationFailed, transaction.error()};
    return Done{};
}

} // namespace tsunagu
