// SPDX-License-Identifier: GPL-3.0-or-later
// Profile::open: one Tsunagu per profile folder, and plain answers when the folder cannot be used.
#include "StorageTestSupport.h"
#include "TempProfile.h"

#include "storage/Profile.h"
#include "storage/RoomRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tsunagu {

TEST_CASE("A profile open in one place is locked against a second open", "[storage][profile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("profile"));

    auto first = Profile::open(folder);
    INFO(first.error().detail.toStdString());
    REQUIRE(first.ok());
    CHECK(first.value()->isNew());
    CHECK(QFileInfo::exists(first.value()->databasePath()));
    REQUIRE(RoomRepository(first.value()->database()).insert(test::makeRoom(QStringLiteral("三森"))).ok());

    auto second = Profile::open(folder);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == StoreError::ProfileLocked);

    // The refused second open did not disturb the first one.
    CHECK(RoomRepository(first.value()->database()).byCode(QStringLiteral("三森")).ok());

    first.value().reset();
    auto third = Profile::open(folder);
    INFO(third.error().detail.toStdString());
    REQUIRE(third.ok());
    CHECK_FALSE(third.value()->isNew());
    auto room = RoomRepository(third.value()->database()).byCode(QStringLiteral("三森"));
    REQUIRE(room.ok());
    CHECK(room->name == QStringLiteral("ルーム三森"));
}

TEST_CASE("A profile folder that cannot be created is reported as not writable", "[storage][profile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("file.txt"));
    test::writeFile(file, QByteArrayLiteral("not a folder"));
    const QByteArray before = test::fileHash(file);

    auto opened = Profile::open(file + QStringLiteral("/profile"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == StoreError::ProfileNotWritable);
    CHECK(test::fileHash(file) == before);
}

TEST_CASE("A read-only profile folder is reported as not writable", "[storage][profile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("profile"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (QFileInfo(folder).isWritable()) {
        WARN("The folder is still writable after chmod 0500 (running as root?): read-only check skipped.");
    } else {
        auto opened = Profile::open(folder);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreError::ProfileNotWritable);
        CHECK(QDir(folder).isEmpty());
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("A profile whose database is not a database releases its lock", "[storage][profile]")
{
    test::TempProfile temp;
    test::writeFile(temp.databasePath(), QByteArrayLiteral("これはデータベースではありません\n"));
    const QByteArray before = test::fileHash(temp.databasePath());

    for (int attempt = 0; attempt < 2; ++attempt) {
        auto opened = Profile::open(temp.directory());
        REQUIRE_FALSE(opened.ok());
        // Not ProfileLocked on the second attempt: the failed first attempt let go of the lock.
        CHECK(opened.error().code == StoreError::NotADatabase);
    }
    CHECK(test::fileHash(temp.databasePath()) == before);
    CHECK(test::hasNoSideFiles(temp.databasePath()));
}

TEST_CASE("A fresh profile is new, a reopened one is not", "[storage][profile]")
{
    test::TempProfile temp;
    CHECK(temp.open().isNew());
    CHECK(temp.open().databasePath() == temp.databasePath());
    CHECK(QFileInfo(temp.open().uiStatePath()).dir() == QDir(temp.directory()));
    temp.close();
    CHECK_FALSE(temp.open().isNew());

    SECTION("an empty database file still counts as new")
    {
        test::TempProfile empty;
        test::writeFile(empty.databasePath(), {});
        CHECK(empty.open().isNew());
    }
}

} // namespace tsunagu
