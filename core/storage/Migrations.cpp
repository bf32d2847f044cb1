// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/SqlTransaction.h"
#include "storage/SqliteErrors.h"
#include "storage/StorageLog.h"

#include <QFile>
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
    // A small scanner rather than a line split: semicolons inside quotes, comments and trigger bodies
    // (CREATE TRIGGER … BEGIN …; …; END;) do not end a statement. Comments are dropped.
    QStringList statements;
    QString current;
    QString word; // the keyword or identifier being read
    bool inTrigger = false;
    int depth = 0; // BEGIN/CASE … END nesting inside a trigger
    bool sawCreate = false;
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (upper == QLatin1String("CREATE") && current.trimmed() == word)
            sawCreate = true;
        else if (sawCreate && !inTrigger && upper == QLatin1String("TRIGGER"))
            inTrigger = true;
        else if (inTrigger && (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE")))
            ++depth;
        else if (inTrigger && upper == QLatin1String("END"))
            --depth;
        word.clear();
    };
    const qsizetype size = script.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            endWord();
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            current += c;
            for (++i; i < size; ++i) {
                current += script.at(i);
                if (script.at(i) != close)
                    continue;
                // A doubled quote is a quote inside the text ('it''s').
                if (close != QLatin1Char(']') && i + 1 < size && script.at(i + 1) == close) {
                    current += script.at(++i);
                    continue;
                }
                break;
            }
            continue;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            endWord();
            while (i < size && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            endWord();
            const qsizetype close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? size : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word += c;
            current += c;
            continue;
        }
        endWord();
        current += c;
        if (c == QLatin1Char(';') && depth <= 0) {
            const QString statement = current.trimmed();
            if (statement != QLatin1String(";"))
                statements << statement;
            current.clear();
            inTrigger = false;
            sawCreate = false;
            depth = 0;
        }
    }
    endWord();
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
    // A full disk is said as such: the upgrade was undone, and freeing space is what helps.
    const auto failed = [](const StoreFailure& failure) {
        return StoreFailure{failure.code == StoreError::DiskFull ? StoreError::DiskFull : StoreError::MigrationFailed,
                            failure.detail};
    };
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return failed(transaction.failure());
    QSqlQuery query(db);
    for (int version = currentVersion + 1; version <= targetVersion; ++version) {
        // A version may change only what the program writes, not the schema: its file then holds only comments.
        if (!QFile::exists(resourceFor(version)))
            return StoreFailure{StoreError::MigrationFailed, QStringLiteral("no migration to version %1").arg(version)};
        const QStringList statements = statementsFor(version);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                return StoreFailure{sql::fileProblem(query.lastError(), db) == StoreError::DiskFull
                                        ? StoreError::DiskFull
                                        : StoreError::MigrationFailed,
                                    QStringLiteral("version %1: %2").arg(version).arg(query.lastError().text())};
            }
        }
    }
    // PRAGMA takes no bound values; the version is an int we produced ourselves.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)))
        return failed(
            {sql::fileProblem(query.lastError(), db).value_or(StoreError::MigrationFailed), query.lastError().text()});
    // The schema must leave no dangling reference behind.
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())
        return StoreFailure{StoreError::MigrationFailed, QStringLiteral("foreign key check failed after migration")};
    query.finish();
    if (!transaction.commit())
        return failed(transaction.failure());
    qCInfo(lcStorage) << "migrations applied: schema version" << currentVersion << "->" << targetVersion;
    return Done{};
}

} // namespace tsunagu
