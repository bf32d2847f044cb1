// SPDX-License-Identifier: GPL-3.0-or-later
// Profile::open: one Tsunagu per profile folder, and plain answers when the folder cannot be used.
#include "StorageTestSupport.h"
#include "TempProfile.h"

#include "storage/LockHolder.h"
#include "storage/Profile.h"
#include "storage/RoomRepository.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
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
}

TEST_CASE("An empty data file is refused and left as it is, not made into a new profile", "[storage][profile]")
{
    test::TempProfile temp;
    test::writeFile(temp.databasePath(), {});
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto opened = Profile::open(temp.directory());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreError::EmptyDatabase);
    }
    CHECK(QFileInfo(temp.databasePath()).size() == 0);
    CHECK(test::hasNoSideFiles(temp.databasePath()));
    CHECK_FALSE(QFileInfo::exists(QDir(temp.directory()).filePath(QLatin1String(Profile::s_lockFile))));
}

TEST_CASE("The profile's lock names what holds it, and the note goes with the lock", "[storage][profile]")
{
    test::TempProfile temp;
    ProfileUnlock unlock;
    unlock.holder = QStringLiteral("sync");
    {
        auto opened = Profile::open(temp.directory(), unlock);
        REQUIRE(opened.ok());
        const LockHolder holder = LockHolder::of(temp.directory());
        CHECK(holder.kind == LockHolder::Kind::Command);
        CHECK(holder.command == QStringLiteral("sync"));
        CHECK(holder.pid == QCoreApplication::applicationPid());

        auto second = Profile::open(temp.directory());
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().code == StoreError::ProfileLocked);
        // The failed second open leaves the first one's note alone.
        CHECK(LockHolder::of(temp.directory()).command == QStringLiteral("sync"));
    }
    CHECK_FALSE(QFileInfo::exists(QDir(temp.directory()).filePath(QLatin1String(LockHolder::s_noteFile))));
    CHECK(LockHolder::of(temp.directory()).kind == LockHolder::Kind::Unknown);

    // A note of another process (left by a crash) is not believed: this test program is neither window nor command.
    auto reopened = Profile::open(temp.directory());
    REQUIRE(reopened.ok());
    test::writeFile(QDir(temp.directory()).filePath(QLatin1String(LockHolder::s_noteFile)), "1\nwindow\n");
    const LockHolder stale = LockHolder::of(temp.directory());
    CHECK(stale.kind == LockHolder::Kind::Unknown);
    CHECK(stale.pid == QCoreApplication::applicationPid());
}

} // namespace tsunagu
