// SPDX-License-Identifier: GPL-3.0-or-later
// Database::open: a new file gets the latest schema and the safe pragmas; anything that is not a sound Tsunagu
// database of this version or older is refused without writing a single byte to it.
#include "StorageTestSupport.h"
#include "TempProfile.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/NativeStatement.h"
#include "storage/RoomRepository.h"
#include "storage/SqlSupport.h"
#include "storage/SqliteLibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace tsunagu {
namespace {

using test::fileHash;
using test::hasNoSideFiles;
using test::rowCount;
using test::scalar;

struct TempFolder
{
    TempFolder() { REQUIRE(dir.isValid()); }
    QString file(const char* name) const { return dir.filePath(QLatin1String(name)); }
    QTemporaryDir dir;
};

// Writes a database with the latest schema and one room, then closes it so every page is in the main file.
void createDatabase(const QString& path)
{
    auto opened = Database::open(path);
    INFO(opened.error().detail.toStdString());
    REQUIRE(opened.ok());
    RoomRepository rooms(*opened.value());
    for (int i = 0; i < 40; ++i) {
        Room room = test::makeRoom(QStringLiteral("R%1").arg(i), i);
        room.description = QString(400, QChar(u'説'));
        REQUIRE(rooms.insert(room).ok());
    }
}

// Expects `open` to refuse the file with one of `codes`, and the file to be exactly as it was.
void requireRefusedUntouched(const QString& path, std::initializer_list<StoreError> codes)
{
    const QByteArray before = fileHash(path);
    REQUIRE_FALSE(before.isEmpty());
    {
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        INFO("error code " << int(opened.error().code) << ": " << opened.error().detail.toStdString());
        CHECK(std::find(codes.begin(), codes.end(), opened.error().code) != codes.end());
    }
    CHECK(fileHash(path) == before);
    CHECK(hasNoSideFiles(path));
}

} // namespace

TEST_CASE("A new database gets the latest schema, WAL, foreign keys and full sync", "[storage][database]")
{
    TempFolder folder;
    const QString path = folder.file("new.sqlite");
    auto opened = Database::open(path);
    INFO(opened.error().detail.toStdString());
    REQUIRE(opened.ok());
    Database& db = *opened.value();

    CHECK(Migrations::latestVersion() >= 1);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    CHECK(scalar(db.connection(), QStringLiteral("PRAGMA user_version")).toInt() == Migrations::latestVersion());
    CHECK(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db.connection(), QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(db.backupPath().isEmpty());
    CHECK(db.path() == path);
    CHECK(test::schemaNames(db.connection(), QStringLiteral("table")).contains(QStringLiteral("rooms")));
}

TEST_CASE("An empty file is opened as a new database", "[storage][database]")
{
    TempFolder folder;
    const QString path = folder.file("empty.sqlite");
    test::writeFile(path, {});
    REQUIRE(QFileInfo(path).size() == 0);

    auto opened = Database::open(path);
    INFO(opened.error().detail.toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.value()->schemaVersion() == Migrations::latestVersion());
    RoomRepository rooms(*opened.value());
    CHECK(rooms.insert(test::makeRoom(QStringLiteral("D"))).ok());
    CHECK(rowCount(*opened.value(), QStringLiteral("rooms")) == 1);
}

TEST_CASE("A database is reopened with its data and without a backup", "[storage][database]")
{
    TempFolder folder;
    const QString path = folder.file("reopen.sqlite");
    {
        auto first = Database::open(path);
        REQUIRE(first.ok());
        REQUIRE(RoomRepository(*first.value()).insert(test::makeRoom(QStringLiteral("N女"))).ok());
    }
    auto second = Database::open(path);
    INFO(second.error().detail.toStdString());
    REQUIRE(second.ok());
    CHECK(second.value()->schemaVersion() == Migrations::latestVersion());
    CHECK(second.value()->backupPath().isEmpty());
    auto room = RoomRepository(*second.value()).byCode(QStringLiteral("N女"));
    REQUIRE(room.ok());
    CHECK(room->name == QStringLiteral("ルームN女"));
    CHECK(QDir(folder.dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("A file that is not a database is refused and left untouched", "[storage][database]")
{
    TempFolder folder;
    const QString path = folder.file("profile.sqlite");

    SECTION("a text file")
    {
        test::writeFile(path, QByteArrayLiteral("hello\n"));
        requireRefusedUntouched(path, {StoreError::NotADatabase});
    }
    SECTION("a PNG image")
    {
        QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        png.append(QByteArray(4096, '\x42'));
        test::writeFile(path, png);
        requireRefusedUntouched(path, {StoreError::NotADatabase});
    }
    SECTION("a file holding only part of the SQLite magic")
    {
        test::writeFile(path, QByteArrayLiteral("SQLite form"));
        requireRefusedUntouched(path, {StoreError::NotADatabase});
    }
    SECTION("a folder")
    {
        REQUIRE(QDir().mkpath(path));
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreError::NotADatabase);
        CHECK(QFileInfo(path).isDir());
        CHECK(QDir(path).isEmpty());
    }
}

TEST_CASE("A damaged SQLite file is refused and left untouched", "[storage][database]")
{
    TempFolder folder;
    const QString path = folder.file("damaged.sqlite");
    createDatabase(path);
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 4 * 4096);
    REQUIRE(bytes.startsWith(QByteArrayLiteral("SQLite format 3")));

    SECTION("garbage after the file header")
    {
        for (int i = 100; i < 3 * 4096 + 100; ++i)
            bytes[i] = char((i * 131 + 17) & 0xff);
        test::writeFile(path, bytes);
        requireRefusedUntouched(path, {StoreError::Corrupt, StoreError::NotADatabase});
    }
    SECTION("a truncated multi-page file")
    {
        test::writeFile(path, bytes.left(2 * 4096));
        requireRefusedUntouched(path, {StoreError::Corrupt, StoreError::NotADatabase});
    }
    SECTION("garbage in the middle pages")
    {
        for (int i = 2 * 4096; i < bytes.size() - 4096; ++i)
            bytes[i] = char((i * 7 + 3) & 0xff);
        test::writeFile(path, bytes);
        requireRefusedUntouched(path, {StoreError::Corrupt, StoreError::NotADatabase});
    }
    SECTION("the SQLite magic followed by nothing useful")
    {
        test::writeFile(path, bytes.left(16) + QByteArray(20, '\xff'));
        requireRefusedUntouched(path, {StoreError::Corrupt, StoreError::NotADatabase});
    }
}

TEST_CASE("A database written by a newer Tsunagu is refused and left untouched", "[storage][database]")
{
    TempFolder folder;
    const QString path = folder.file("newer.sqlite");
    const int newer = Migrations::latestVersion() + 1;
    {
        test::RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE rooms (id INTEGER PRIMARY KEY, code TEXT, future_column TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO rooms (code, future_column) VALUES ('D', 'from the future')"));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    }
    requireRefusedUntouched(path, {StoreError::NewerVersion});

    // Still readable by the newer version it came from: nothing was migrated, backed up or switched to WAL.
    test::RawConnection raw(path);
    CHECK(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt() == newer);
    CHECK(scalar(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    CHECK(QDir(folder.dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("A read-only database file is refused as not writable", "[storage][database]")
{
    TempFolder folder;
    const QString path = folder.file("readonly.sqlite");
    createDatabase(path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(path).isWritable()) {
        WARN("The file is still writable after chmod 0444 (running as root?): read-only check skipped.");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return;
    }
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == StoreError::ProfileNotWritable);
    CHECK(fileHash(path) == before);
    CHECK(hasNoSideFiles(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A database cannot be created in a missing or read-only folder", "[storage][database]")
{
    TempFolder folder;

    SECTION("a folder that does not exist")
    {
        const QString path = folder.file("missing/sub/tsunagu.sqlite");
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreError::ProfileNotWritable);
        CHECK_FALSE(QFileInfo::exists(folder.file("missing")));
    }
    SECTION("a read-only folder")
    {
        const QString sub = folder.file("locked");
        REQUIRE(QDir().mkpath(sub));
        REQUIRE(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
        if (QFileInfo(sub).isWritable()) {
            WARN("The folder is still writable after chmod 0500 (running as root?): read-only check skipped.");
        } else {
            auto opened = Database::open(QDir(sub).filePath(QStringLiteral("tsunagu.sqlite")));
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().code == StoreError::ProfileNotWritable);
            CHECK(QDir(sub).isEmpty());
        }
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST_CASE("Qt's SQLite driver and Tsunagu run one SQLite library, and a build where they differ is refused",
          "[storage][database][sqlite]")
{
    TempFolder folder;
    auto opened = Database::open(folder.file("same.sqlite"));
    REQUIRE(opened.ok());
    const SqliteLibraries seen = SqliteLibraries::observe(opened.value()->connection());
    // Both sides were really asked: a version such as 3.40.1 and a source id on each.
    CHECK(seen.linkedVersion.startsWith(QLatin1String("3.")));
    CHECK(seen.driverVersion == seen.linkedVersion);
    CHECK(seen.driverSourceId == seen.linkedSourceId);
    CHECK_FALSE(seen.linkedSourceId.isEmpty());
    CHECK(seen.sameCopy);
    CHECK(seen.check().ok());

    SqliteLibraries bundled = seen;
    bundled.driverVersion = QStringLiteral("3.45.0");
    auto refused = bundled.check();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == StoreError::ForeignSqlite);
    CHECK(refused.error().detail.contains(QLatin1String("3.45.0")));
    CHECK(refused.error().detail.contains(seen.linkedVersion));

    SqliteLibraries twoCopies = seen;
    twoCopies.sameCopy = false;
    CHECK(twoCopies.check().error().code == StoreError::ForeignSqlite);
}

TEST_CASE("A full disk is DiskFull wherever the write fails, and the data stays as it was", "[storage][database]")
{
    test::TempProfile temp;
    Database& database = temp.open().database();
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE filler(x BLOB)")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    // SQLite answers SQLITE_FULL when the file would grow past max_page_count, as it does when the disk is full.
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    const int roomsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM rooms")).toInt();

    SECTION("a statement through Qt's driver")
    {
        REQUIRE_FALSE(q.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(200000))")));
        CHECK(sql::failure(q).code == StoreError::DiskFull);
    }
    SECTION("a prepared statement of our own")
    {
        StoreFailure failure;
        NativeStatement* insert =
            sql::native(db, QStringLiteral("INSERT INTO filler VALUES (randomblob(200000))"), &failure);
        REQUIRE(insert);
        REQUIRE_FALSE(insert->run({}));
        CHECK(insert->failure().code == StoreError::DiskFull);
    }
    SECTION("a repository")
    {
        Room room = test::makeRoom(QStringLiteral("Z"));
        room.guidelines = QString(100000, QLatin1Char('a'));
        auto inserted = RoomRepository(database).insert(room);
        REQUIRE_FALSE(inserted.ok());
        CHECK(inserted.error().code == StoreError::DiskFull);
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rooms")).toInt() == roomsBefore);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM filler")).toInt() == 0);
}

} // namespace tsunagu
