// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations: every older schema reaches the latest one (with a backup of what it was), a failed upgrade leaves
// the database exactly at its old version, and migration scripts are split into statements correctly.
#include "StorageTestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace tsunagu {
namespace {

using test::scalar;
using test::schemaNames;

struct Schema
{
    QStringList tables;
    QStringList indexes;
    QStringList triggers;
};

Schema schemaOf(const QSqlDatabase& db)
{
    return {schemaNames(db, QStringLiteral("table")), schemaNames(db, QStringLiteral("index")),
            schemaNames(db, QStringLiteral("trigger"))};
}

Schema latestSchema(const QTemporaryDir& dir)
{
    auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    INFO(fresh.error().detail.toStdString());
    REQUIRE(fresh.ok());
    return schemaOf(fresh.value()->connection());
}

} // namespace

TEST_CASE("Every earlier schema version is upgraded to the latest", "[storage][migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const int latest = Migrations::latestVersion();
    REQUIRE(latest >= 1);
    const Schema expected = latestSchema(dir);
    REQUIRE(expected.tables.contains(QStringLiteral("applicants")));
    REQUIRE(expected.tables.contains(QStringLiteral("audit_log")));

    SECTION("from an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        test::writeFile(path, {});
        auto opened = Database::open(path);
        INFO(opened.error().detail.toStdString());
        REQUIRE(opened.ok());
        CHECK(opened.value()->schemaVersion() == latest);
        CHECK(opened.value()->backupPath().isEmpty());
        const Schema upgraded = schemaOf(opened.value()->connection());
        CHECK(upgraded.tables == expected.tables);
        CHECK(upgraded.indexes == expected.indexes);
        CHECK(upgraded.triggers == expected.triggers);
    }

    for (int version = 0; version < latest; ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
            {
                Database::Options options;
                options.targetVersion = version;
                auto old = Database::open(path, options);
                INFO(old.error().detail.toStdString());
                REQUIRE(old.ok());
                REQUIRE(old.value()->schemaVersion() == version);
                if (version == 0)
                    CHECK(schemaNames(old.value()->connection(), QStringLiteral("table")).isEmpty());
            }

            auto upgraded = Database::open(path);
            INFO(upgraded.error().detail.toStdString());
            REQUIRE(upgraded.ok());
            CHECK(upgraded.value()->schemaVersion() == latest);
            const Schema schema = schemaOf(upgraded.value()->connection());
            CHECK(schema.tables == expected.tables);
            CHECK(schema.indexes == expected.indexes);
            CHECK(schema.triggers == expected.triggers);

            if (version > 0) {
                // The copy taken before the upgrade lets the host go back to the older Tsunagu.
                const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
                CHECK(upgraded.value()->backupPath() == backup);
                REQUIRE(QFile::exists(backup));
                test::RawConnection raw(backup);
                CHECK(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt() == version);
                CHECK(scalar(raw.db(), QStringLiteral("PRAGMA quick_check")).toString() == QStringLiteral("ok"));
            } else {
                CHECK(upgraded.value()->backupPath().isEmpty());
                CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
            }
        }
    }
}

TEST_CASE("A migration that fails is rolled back completely", "[storage][migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("conflict.sqlite"));
    test::RawConnection raw(path);
    // A table the first migration also creates, half-way through its script.
    raw.exec(QStringLiteral("CREATE TABLE rooms (x TEXT)"));
    raw.exec(QStringLiteral("INSERT INTO rooms (x) VALUES ('既存の行')"));
    const QStringList before = schemaNames(raw.db(), QStringLiteral("table"));
    REQUIRE(before == QStringList{QStringLiteral("rooms")});

    SECTION("through Migrations::migrate")
    {
        QSqlDatabase db = raw.db();
        auto migrated = Migrations::migrate(db, 0, Migrations::latestVersion());
        REQUIRE_FALSE(migrated.ok());
        CHECK(migrated.error().code == StoreError::MigrationFailed);
        CHECK_FALSE(migrated.error().detail.isEmpty());
    }
    SECTION("a version that has no migration script")
    {
        QSqlDatabase db = raw.db();
        auto migrated = Migrations::migrate(db, 0, Migrations::latestVersion() + 1);
        REQUIRE_FALSE(migrated.ok());
        CHECK(migrated.error().code == StoreError::MigrationFailed);
    }
    SECTION("through Database::open")
    {
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreError::MigrationFailed);
    }

    CHECK(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt() == 0);
    CHECK(schemaNames(raw.db(), QStringLiteral("table")) == before);
    CHECK(schemaNames(raw.db(), QStringLiteral("index")).isEmpty());
    CHECK(scalar(raw.db(), QStringLiteral("SELECT x FROM rooms")).toString() == QStringLiteral("既存の行"));
    // No transaction or savepoint was left open on the connection.
    raw.exec(QStringLiteral("BEGIN"));
    raw.exec(QStringLiteral("COMMIT"));
}

TEST_CASE("Migration scripts are split into whole statements", "[storage][migrations]")
{
    const QString script = QStringLiteral(
        "-- SPDX-License-Identifier: GPL-3.0-or-later\n"
        "-- A comment line; with a semicolon.\n"
        "CREATE TABLE counters (\n"
        "    name  TEXT NOT NULL, -- the counter's name\n"
        "    value INTEGER NOT NULL DEFAULT 0\n"
        ");\n"
        "\n"
        "CREATE TABLE log (what TEXT NOT NULL);   -- trailing comment\n"
        "CREATE TRIGGER counters_bump AFTER INSERT ON log\n"
        "BEGIN\n"
        "    UPDATE counters SET value = value + 1; -- first statement of the body\n"
        "    INSERT INTO counters (name, value) SELECT 'seen', 1 WHERE NOT EXISTS (SELECT 1 FROM counters);\n"
        "END;\n"
        "INSERT INTO counters (name) VALUES ('start');\n");

    const QStringList statements = Migrations::splitStatements(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements.at(0).startsWith(QStringLiteral("CREATE TABLE counters")));
    CHECK(statements.at(0).endsWith(QStringLiteral(");")));
    CHECK(statements.at(1) == QStringLiteral("CREATE TABLE log (what TEXT NOT NULL);"));
    CHECK(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER counters_bump")));
    CHECK(statements.at(2).contains(QStringLiteral("UPDATE counters SET value = value + 1;")));
    CHECK(statements.at(2).contains(QStringLiteral("INSERT INTO counters (name, value)")));
    CHECK(statements.at(2).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(3) == QStringLiteral("INSERT INTO counters (name) VALUES ('start');"));
    for (const QString& statement : statements) {
        CHECK_FALSE(statement.contains(QStringLiteral("SPDX")));
        CHECK_FALSE(statement.contains(QStringLiteral("trailing comment")));
        CHECK_FALSE(statement.contains(QStringLiteral("first statement of the body")));
    }

    // The pieces run in SQLite one by one, and the trigger does what its whole body says.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    test::RawConnection raw(dir.filePath(QStringLiteral("split.sqlite")));
    for (const QString& statement : statements)
        raw.exec(statement);
    raw.exec(QStringLiteral("INSERT INTO log (what) VALUES ('x')"));
    CHECK(scalar(raw.db(), QStringLiteral("SELECT value FROM counters WHERE name = 'start'")).toInt() == 1);
    CHECK(test::rowCount(raw.db(), QStringLiteral("counters")) == 1);
}

TEST_CASE("Migration scripts keep quoted text and one-line triggers intact", "[storage][migrations]")
{
    SECTION("a quoted value followed by a comment ends its statement")
    {
        const QStringList statements =
            Migrations::splitStatements(QStringLiteral("INSERT INTO t (x) VALUES ('a--b'); -- note\n"
                                                       "INSERT INTO t (x) VALUES ('c');\n"));
        REQUIRE(statements.size() == 2);
        CHECK(statements.at(0).startsWith(QStringLiteral("INSERT INTO t (x) VALUES ('a--b');")));
        CHECK(statements.at(1) == QStringLiteral("INSERT INTO t (x) VALUES ('c');"));
    }
    SECTION("a trigger written on one line")
    {
        const QStringList statements = Migrations::splitStatements(
            QStringLiteral("CREATE TRIGGER t_clean AFTER DELETE ON t BEGIN DELETE FROM u WHERE t_id = old.id; END;\n"
                           "CREATE INDEX u_t ON u (t_id);\n"));
        REQUIRE(statements.size() == 2);
        CHECK(statements.at(0).endsWith(QStringLiteral("END;")));
        CHECK(statements.at(1) == QStringLiteral("CREATE INDEX u_t ON u (t_id);"));
    }
}

TEST_CASE("Every shipped migration script splits into statements SQLite accepts", "[storage][migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    test::RawConnection raw(dir.filePath(QStringLiteral("scripts.sqlite")));
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        const QStringList statements = Migrations::statementsFor(version);
        INFO("version " << version);
        if (statements.isEmpty()) {
            // Allowed only for a version that changes what the program writes and not the schema: a script of
            // comments alone. Anything else lost by the splitter is a failure.
            QFile script(QStringLiteral(":/tsunagu/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0')));
            REQUIRE(script.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'));
            REQUIRE(lines.size() > 1);
            for (const QString& line : lines)
                CHECK((line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))));
        }
        for (const QString& statement : statements) {
            CHECK_FALSE(statement.trimmed().isEmpty());
            raw.exec(statement);
        }
    }
    CHECK(Migrations::statementsFor(Migrations::latestVersion() + 1).isEmpty());
}

} // namespace tsunagu
