// SPDX-License-Identifier: GPL-3.0-or-later
// What the commands say when the profile cannot be used, through the real executables: a full disk is said as a
// full disk, an empty data file is refused rather than made into a new profile, a locked profile names what holds
// it, and SIGTERM ends a command or the window like a normal exit (the lock goes with it).
#include "CliRun.h"
#include "DovecotServer.h"
#include "MailSamples.h"
#include "TempProfile.h"
#include "storage/LockHolder.h"
#include "storage/Profile.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace tsunagu;

namespace {

using test::Run;

QString lockIn(const test::CliProfile& profile)
{
    return QDir(profile.dir).filePath(QLatin1String(Profile::s_lockFile));
}

QString databaseIn(const test::CliProfile& profile)
{
    return QDir(profile.dir).filePath(QLatin1String(Profile::s_databaseFile));
}

// Waits (events running) until `ready` holds, at most `ms`.
template <typename Ready>
bool waitUntil(Ready ready, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

// Runs `tsunagu --profile DIR …` where no file may grow past `maxFileBytes`: a disk with that little room left,
// without root (writes beyond fail with EFBIG, as on a full disk they fail with ENOSPC). SIGXFSZ is ignored so
// that the write fails instead of ending the process.
Run runOnFullDisk(const test::CliProfile& profile, rlim_t maxFileBytes, const QStringList& arguments,
                  const QByteArray& input = {})
{
    QProcess process;
    process.setProcessEnvironment(test::cliEnvironment(profile.tmp.path()));
    process.setChildProcessModifier([maxFileBytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{maxFileBytes, maxFileBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(TSUNAGU_EXECUTABLE), QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                                  QStringLiteral("--profile"), profile.dir} +
                                                          arguments);
    REQUIRE(process.waitForStarted(30000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// `tsunagu --profile DIR …` started, not waited for.
std::unique_ptr<QProcess> start(const QString& program, const test::CliProfile& profile, const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(test::cliEnvironment(profile.tmp.path()));
    process->start(program, QStringList{QStringLiteral("--profile"), profile.dir} + arguments);
    REQUIRE(process->waitForStarted(30000));
    return process;
}

} // namespace

TEST_CASE("A command on a full disk says the disk is full and changes nothing", "[cli][profile]")
{
    test::CliProfile profile;
    const QByteArray before = test::fileHash(databaseIn(profile));
    // 16 KB: not even the shared-memory index of the write-ahead log (32 KB) fits.
    const Run run = runOnFullDisk(profile, 16 * 1024, {QStringLiteral("rooms"), QStringLiteral("list")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("The disk is full")));
    CHECK(run.err.contains(QStringLiteral("Nothing was changed")));
    CHECK_FALSE(run.err.contains(QStringLiteral("not a Tsunagu")));
    CHECK(test::fileHash(databaseIn(profile)) == before);

    // With room again, the same profile opens with all its data.
    const Run listed = profile.run({QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("DA")));
}

TEST_CASE("A sync that cannot keep its mail on a full disk reports disk_full, and the mail stays on the server",
          "[cli][profile][server]")
{
    test::DovecotServer::requireInstalled();
    test::DovecotServer server;
    REQUIRE(server.start());
    test::CliProfile profile;
    const Run added = profile.run(
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ルームD 受付"),
         QStringLiteral("--imap"),
         QStringLiteral("imaps://%1@%2:%3").arg(server.user(), server.host()).arg(server.imapsPort()),
         QStringLiteral("--ca-file"), server.certificatePath(), QStringLiteral("--rooms"), QStringLiteral("D")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    // An application with a 1 MB attachment: more than the 256 KB the disk has room for.
    QByteArray body = test::applicationBody(QStringLiteral("つばめ"), QStringLiteral("full-disk@example.jp")).toUtf8();
    const QByteArray line = QByteArray(76, 'A') + '\n';
    body += '\n' + line.repeated(1024 * 1024 / 77);
    REQUIRE_FALSE(server
                      .deliver(test::formMail(QStringLiteral("【ルームD】参加申し込み"), QString::fromUtf8(body),
                                              QByteArrayLiteral("full-disk-1@forms.example.org")))
                      .isEmpty());

    const QStringList sync = {QStringLiteral("sync"), QStringLiteral("--password-stdin"), QStringLiteral("--json")};
    const Run full = runOnFullDisk(profile, 256 * 1024, sync, server.password().toUtf8() + "\n");
    INFO(full.err.toStdString());
    CHECK(full.exitCode != 0);
    const QJsonArray results = QJsonDocument::fromJson(full.out.toUtf8()).array();
    REQUIRE(results.size() == 1);
    const QJsonObject result = results.first().toObject();
    CHECK_FALSE(result.value(QStringLiteral("ok")).toBool());
    CHECK(result.value(QStringLiteral("problem")).toString() == QStringLiteral("disk_full"));
    CHECK(result.value(QStringLiteral("fetched")).toInt() == 0);

    // In words, without --json.
    const Run words = runOnFullDisk(profile, 256 * 1024, {QStringLiteral("sync"), QStringLiteral("--password-stdin")},
                                    server.password().toUtf8() + "\n");
    CHECK(words.err.contains(QStringLiteral("disk that holds Tsunagu's data is full")));

    // With room again, the mail is still there to be received.
    const Run again = profile.run(sync, server.password().toUtf8() + "\n");
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    const QJsonObject received = QJsonDocument::fromJson(again.out.toUtf8()).array().first().toObject();
    CHECK(received.value(QStringLiteral("ok")).toBool());
    CHECK(received.value(QStringLiteral("fetched")).toInt() == 1);
    CHECK(received.value(QStringLiteral("applications")).toInt() == 1);
}

TEST_CASE("An empty data file is refused, not made into a new profile", "[cli][profile]")
{
    test::CliProfile profile;
    {
        QFile file(databaseIn(profile));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); // cut short: 0 bytes
    }
    const Run run =
        profile.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("rooms"), QStringLiteral("list")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("The data file is empty")));
    CHECK(run.err.contains(QStringLiteral("Tsunagu did not change it")));
    CHECK(run.err.contains(QStringLiteral("backup")));
    CHECK(QFileInfo(databaseIn(profile)).size() == 0);
    CHECK_FALSE(QFile::exists(databaseIn(profile) + QStringLiteral("-wal")));

    // Moved away, a new profile starts.
    REQUIRE(QFile::rename(databaseIn(profile), databaseIn(profile) + QStringLiteral(".empty")));
    CHECK(profile.run({QStringLiteral("rooms"), QStringLiteral("list")}).exitCode == 0);
}

TEST_CASE("A sync that holds the profile is named by the next command, and SIGTERM lets go of the lock",
          "[cli][profile]")
{
    // A server that takes the connection and never greets: the sync waits, holding the profile.
    QTcpServer stalled;
    REQUIRE(stalled.listen(QHostAddress::LocalHost));
    test::CliProfile profile;
    const Run added = profile.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("ルームD 受付"), QStringLiteral("--imap"),
                                   QStringLiteral("imap://host@127.0.0.1:%1").arg(stalled.serverPort()),
                                   QStringLiteral("--rooms"), QStringLiteral("D")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    auto sync = start(QStringLiteral(TSUNAGU_EXECUTABLE), profile,
                      {QStringLiteral("sync"), QStringLiteral("--password-stdin")});
    sync->write("secret-for-the-test\n");
    sync->closeWriteChannel();
    REQUIRE(waitUntil([&] { return stalled.hasPendingConnections() || stalled.waitForNewConnection(0); }, 30000));
    REQUIRE(LockHolder::of(profile.dir).kind == LockHolder::Kind::Command);

    const Run second =
        profile.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(
        QStringLiteral("The command \"tsunagu sync\" (process %1) is using the data").arg(sync->processId())));

    sync->terminate(); // SIGTERM
    REQUIRE(sync->waitForFinished(15000));
    CHECK(sync->exitStatus() == QProcess::NormalExit); // it ended itself, destructors and all
    CHECK(sync->exitCode() == 128 + SIGTERM);
    CHECK_FALSE(QFile::exists(lockIn(profile)));
    CHECK_FALSE(QFile::exists(QDir(profile.dir).filePath(QLatin1String(LockHolder::s_noteFile))));

    const Run after = profile.run({QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(after.exitCode == 0);
    CHECK_FALSE(after.err.contains(QStringLiteral("already open")));
}

TEST_CASE("The window that holds the profile is named, and SIGTERM closes it like a normal exit", "[cli][profile]")
{
    test::CliProfile profile;
    auto window = start(QStringLiteral(TSUNAGU_WINDOW_EXECUTABLE), profile, {});
    REQUIRE(waitUntil([&] { return LockHolder::of(profile.dir).kind == LockHolder::Kind::Window; }, 30000));

    const Run second =
        profile.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("Tsunagu's window (process %1) has the data").arg(window->processId())));

    ::kill(pid_t(window->processId()), SIGTERM);
    REQUIRE(window->waitForFinished(15000));
    CHECK(window->exitStatus() == QProcess::NormalExit);
    CHECK(window->exitCode() == 128 + SIGTERM);
    CHECK_FALSE(QFile::exists(lockIn(profile)));
    CHECK(profile.run({QStringLiteral("rooms"), QStringLiteral("list")}).exitCode == 0);
}
