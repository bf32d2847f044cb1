// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of the store that must not outlive their use: the working folder of a backup that crashed, and the copy
// an upgrade made, once an applicant was deleted or texts went by retention. And the retention sweep on a thread of
// its own, so the window is not held up.
#include "RepositoryFixture.h"

#include "storage/ApplicantEraser.h"
#include "storage/RetentionRepository.h"
#include "storage/RetentionSweeper.h"
#include "storage/ScratchFolder.h"
#include "storage/SqlSupport.h"
#include "storage/UpgradeCopies.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

#include <filesystem>

using namespace tsunagu;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The id of a process that has ended: one that ran and was waited for.
qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

// A working folder as a backup that crashed leaves it: a copy of the store and the lock of its (ended) process, in
// the format QLockFile writes (pid, application name, host name).
QString crashedBackupFolder(const QString& directory, const QString& name)
{
    const QString folder = QDir(directory).filePath(name);
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(writeFile(QDir(folder).filePath(QStringLiteral("store.sqlite")), "plain copy of the store"));
    const QByteArray lock =
        QByteArray::number(endedProcessId()) + "\ntsunagu\n" + QSysInfo::machineHostName().toUtf8() + '\n';
    REQUIRE(writeFile(QDir(folder).filePath(QLatin1String(ScratchFolder::s_lockName)), lock));
    return folder;
}

void makeOld(const QString& path)
{
    std::filesystem::last_write_time(path.toStdString(),
                                     std::filesystem::file_time_type::clock::now() - std::chrono::hours(2));
}

// An applicant whose decision (attending) is `daysAgo` before the fixture's clock.
qint64 decidedApplicant(test::RepositoryFixture& f, qint64 roomId, const QString& introduction, int daysAgo)
{
    Applicant a;
    a.roomId = roomId;
    a.anonymousName = QStringLiteral("保存期間の人");
    a.introduction = introduction;
    a.receivedAt = f.temp.clock().now().addDays(-daysAgo - 5);
    auto id = f.applicants.insert(a);
    REQUIRE(id.ok());
    REQUIRE(
        f.applicants.setStatus(id.value(), ApplicantStatus::Attending, 0, {}, f.temp.clock().now().addDays(-daysAgo))
            .ok());
    return id.value();
}

} // namespace

TEST_CASE("A backup's working folder left by a crash is removed, one in use and anything else stays",
          "[storage][backup]")
{
    test::TempProfile temp;
    const QString dir = temp.directory();
    const QString crashed = crashedBackupFolder(dir, QStringLiteral("backup-a1B2c3"));
    // Left by a version without the lock: removed when it is old, kept while it may still be in use.
    const QString oldUnlocked = QDir(dir).filePath(QStringLiteral("backup-Zz9Yy8"));
    const QString newUnlocked = QDir(dir).filePath(QStringLiteral("backup-Qq7Ww6"));
    REQUIRE(QDir().mkpath(oldUnlocked));
    REQUIRE(QDir().mkpath(newUnlocked));
    makeOld(oldUnlocked);
    // Not ours, whatever their age: another name, a file, a staged restore (kept on purpose when it holds the
    // host's previous store).
    const QString notes = QDir(dir).filePath(QStringLiteral("backup-notes"));
    const QString restore = QDir(dir).filePath(QStringLiteral("restore-k3K3k3"));
    for (const QString& folder : {notes, restore}) {
        REQUIRE(QDir().mkpath(folder));
        makeOld(folder);
    }
    const QString file = QDir(dir).filePath(QStringLiteral("backup-f1f1f1"));
    REQUIRE(writeFile(file, "a file the host put here"));
    makeOld(file);

    ScratchFolder inUse(dir, QStringLiteral("backup"));
    REQUIRE(inUse.isValid());
    REQUIRE(QFileInfo(inUse.path()).fileName().startsWith(QStringLiteral("backup-")));

    // Opening the profile sweeps them.
    temp.open();
    CHECK_FALSE(QFileInfo::exists(crashed));
    CHECK_FALSE(QFileInfo::exists(oldUnlocked));
    CHECK(QFileInfo::exists(newUnlocked));
    CHECK(QFileInfo::exists(inUse.path()));
    CHECK(QFileInfo::exists(QDir(inUse.path()).filePath(QLatin1String(ScratchFolder::s_lockName))));
    CHECK(QFileInfo::exists(notes));
    CHECK(QFileInfo::exists(restore));
    CHECK(QFileInfo(file).isFile());
    temp.close();

    // The next backup does too; and its own folder is gone when it ends.
    const QString crashedAgain = crashedBackupFolder(dir, QStringLiteral("backup-d4E5f6"));
    CHECK(ScratchFolder::removeStale(dir) == 1);
    CHECK_FALSE(QFileInfo::exists(crashedAgain));
    const QString used = inUse.path();
    {
        ScratchFolder done(dir, QStringLiteral("backup"));
    }
    CHECK(QFileInfo::exists(used));
    CHECK(QDir(dir).entryList({QStringLiteral("backup-*")}, QDir::Dirs).size() == 3); // in use, new, notes
}

TEST_CASE("The copy an upgrade made goes once an applicant is deleted or texts go by retention",
          "[storage][erase][retention]")
{
    test::RepositoryFixture f;
    const qint64 roomId = f.addRoom(QStringLiteral("D"));
    const QString store = f.db.path();
    const QString copy = store + QStringLiteral(".v12.bak");
    const QString otherCopy = store + QStringLiteral(".v14.bak");
    const QString notACopy = store + QStringLiteral(".v14.bak.host-kept");
    for (const QString& path : {copy, otherCopy, notACopy})
        REQUIRE(writeFile(path, "the store before an upgrade, with every applicant's words"));

    // Nothing deleted: the copies stay (the host may still go back to the older version).
    RetentionRepository retention(f.db, f.temp.clock());
    REQUIRE(retention.sweep()->applicants == 0);
    CHECK(QFileInfo::exists(copy));

    decidedApplicant(f, roomId, QStringLiteral("保存期間を過ぎた自己紹介"), 400);
    REQUIRE(retention.sweep()->applicants == 1);
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK_FALSE(QFileInfo::exists(otherCopy));
    CHECK(QFileInfo::exists(notACopy));

    REQUIRE(writeFile(copy, "another copy"));
    const qint64 deleted = decidedApplicant(f, roomId, QStringLiteral("削除される自己紹介"), 1);
    REQUIRE(ApplicantEraser(f.db, f.temp.clock()).erase(deleted).ok());
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(UpgradeCopies::remove(store) == 0);
}

TEST_CASE("The retention sweep runs on a thread and a connection of its own, in batches", "[storage][retention]")
{
    test::RepositoryFixture f;
    const qint64 roomId = f.addRoom(QStringLiteral("D"));
    // More than one batch, so that the window's writes can come between them.
    const int count = RetentionRepository::s_batch + 37;
    {
        QSqlDatabase db = f.db.connection();
        REQUIRE(db.transaction());
        for (int i = 0; i < count; ++i)
            decidedApplicant(f, roomId, QStringLiteral("期限切れの自己紹介 %1").arg(i), 200);
        REQUIRE(db.commit());
    }
    const qint64 recent = decidedApplicant(f, roomId, QStringLiteral("まだ残る自己紹介"), 10);

    RetentionSweeper sweeper(f.db.path(), f.temp.clock());
    QSignalSpy swept(&sweeper, &RetentionSweeper::swept);
    sweeper.start();
    // The window's own connection keeps reading and writing meanwhile.
    REQUIRE(f.applicants.setNotes(recent, QStringLiteral("掃除中に書いたメモ")).ok());
    REQUIRE(swept.wait(60000));
    REQUIRE(swept.size() == 1);
    CHECK(swept.at(0).at(0).toInt() == count);
    CHECK_FALSE(sweeper.running());

    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM applicants WHERE texts_removed_at IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == count);
    CHECK(f.applicants.byId(recent)->introduction == QStringLiteral("まだ残る自己紹介"));
    CHECK(f.applicants.byId(recent)->notes == QStringLiteral("掃除中に書いたメモ"));
    // One audit line for the room, however many batches: its count is every applicant swept.
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), GROUP_CONCAT(detail, ',') FROM audit_log "
                                  "WHERE action = 'retention.texts_removed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toString() == QStringLiteral("applicants=%1").arg(count));

    // A second sweep finds nothing; a failure to open is reported, not crashed on.
    sweeper.start();
    REQUIRE(swept.wait(60000));
    CHECK(swept.at(1).at(0).toInt() == 0);
    RetentionSweeper nowhere(QDir(f.temp.directory()).filePath(QStringLiteral("missing/none.sqlite")), f.temp.clock());
    QSignalSpy failed(&nowhere, &RetentionSweeper::failed);
    nowhere.start();
    REQUIRE(failed.wait(10000));
}
