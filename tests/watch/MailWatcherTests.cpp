// SPDX-License-Identifier: GPL-3.0-or-later
// MailWatcher against a real Dovecot: new mail pushed by IDLE, polling without IDLE, one run at a time, backoff
// while the server refuses connections, and a wrong password that waits for the host instead of retrying.
#include "DovecotServer.h"
#include "MailSamples.h"
#include "TempProfile.h"

#include "mail/net/SslMailSocket.h"
#include "receiving/MailWatcher.h"
#include "storage/MailAccountRepository.h"
#include "storage/SqlSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

namespace tsunagu {

namespace {

using test::DovecotServer;

// Intervals short enough that a test never waits for real minutes.
MailWatcher::Options quickOptions()
{
    MailWatcher::Options options;
    options.pollIntervalMs = 300;
    options.idleRenewMs = 60 * 1000;
    options.firstRetryMs = 200;
    options.maxRetryMs = 800;
    return options;
}

struct WatchFixture
{
    test::TempProfile profile;
    Profile* opened = nullptr;
    MailAccount account;

    WatchFixture()
    {
        DovecotServer::requireInstalled();
        opened = &profile.open();
        QSqlQuery q(opened->database().connection());
        REQUIRE(sql::exec(q, QStringLiteral("INSERT INTO rooms (code, name, audience, reception_address) "
                                            "VALUES ('E', 'Room E', 'persons', 'room-e@example.org')")));
    }

    Database& database() { return opened->database(); }

    void useServer(const DovecotServer& server)
    {
        account.name = QStringLiteral("Room E");
        account.userName = server.user();
        account.imapHost = server.host();
        account.imapPort = server.imapsPort();
        account.imapSecurity = MailSecurity::Tls;
        account.caFile = server.certificatePath();
        MailAccountRepository accounts(database(), profile.clock());
        auto id = accounts.save(account, {QStringLiteral("E")});
        REQUIRE(id.ok());
        account = accounts.byId(id.value()).value();
    }

    int count(const QString& sql)
    {
        QSqlQuery q(database().connection());
        REQUIRE(sql::exec(q, sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    int applicants() { return count(QStringLiteral("SELECT count(*) FROM applicants")); }
};

QByteArray application(int n)
{
    return test::formMail(
        QStringLiteral("【Room E】参加申し込み"),
        test::applicationBody(QStringLiteral("つばめ%1").arg(n), QStringLiteral("watch%1@example.jp").arg(n)),
        QByteArrayLiteral("watch-%1@forms.example.org").replace("%1", QByteArray::number(n)));
}

bool waitForState(MailWatcher& watcher, MailWatcher::State state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return watcher.state() == state; }, timeoutMs);
}

} // namespace

TEST_CASE("A mail delivered while watching arrives through IDLE without any call", "[watch][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    WatchFixture f;
    f.useServer(server);
    REQUIRE_FALSE(server.deliver(application(1)).isEmpty());

    MailWatcher watcher(SslMailSocket::factory(), f.database(), f.profile.clock(), quickOptions());
    QSignalSpy finished(&watcher, &MailWatcher::runFinished);
    watcher.start(f.account, {QStringLiteral("E")}, server.password());
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().first().value<SyncReport>().fetched == 1);
    REQUIRE(waitForState(watcher, MailWatcher::State::Watching, 10000));
    CHECK(watcher.lastSyncAt() == f.profile.clock().now());
    CHECK(f.applicants() == 1);

    finished.clear();
    REQUIRE_FALSE(server.deliver(application(2)).isEmpty());
    // No call to the watcher: the server's EXISTS during IDLE starts the run.
    REQUIRE(finished.wait(10000));
    const SyncReport pushed = finished.first().first().value<SyncReport>();
    INFO(pushed.detail.toStdString());
    CHECK(pushed.ok);
    CHECK(pushed.fetched == 1);
    CHECK(f.applicants() == 2);
    CHECK(waitForState(watcher, MailWatcher::State::Watching, 10000));

    watcher.stop();
    CHECK(watcher.state() == MailWatcher::State::Stopped);
}

TEST_CASE("Without IDLE the watcher polls with fresh runs", "[watch][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    WatchFixture f;
    f.useServer(server);
    MailWatcher::Options options = quickOptions();
    options.useIdle = false;
    MailWatcher watcher(SslMailSocket::factory(), f.database(), f.profile.clock(), options);
    QSignalSpy states(&watcher, &MailWatcher::stateChanged);
    watcher.start(f.account, {QStringLiteral("E")}, server.password());
    REQUIRE(waitForState(watcher, MailWatcher::State::Polling, 30000));
    CHECK(watcher.nextAttemptAt() == f.profile.clock().now().addMSecs(options.pollIntervalMs));

    REQUIRE_FALSE(server.deliver(application(1)).isEmpty());
    CHECK(QTest::qWaitFor([&] { return f.applicants() == 1; }, 10000));
    watcher.stop();
}

TEST_CASE("Runs asked for during a run are queued as one, never run side by side", "[watch][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    WatchFixture f;
    f.useServer(server);
    for (int n = 1; n <= 20; ++n)
        REQUIRE_FALSE(server.deliver(application(n)).isEmpty());

    MailWatcher watcher(SslMailSocket::factory(), f.database(), f.profile.clock(), quickOptions());
    int started = 0;
    int finishedRuns = 0;
    int overlapping = 0; // a run started before the previous one finished
    QObject::connect(&watcher, &MailWatcher::runStarted, &watcher, [&] {
        if (started != finishedRuns)
            ++overlapping;
        ++started;
    });
    QObject::connect(&watcher, &MailWatcher::runFinished, &watcher, [&] { ++finishedRuns; });
    watcher.start(f.account, {QStringLiteral("E")}, server.password());
    watcher.syncNow();
    watcher.syncNow();
    watcher.syncNow();
    REQUIRE(waitForState(watcher, MailWatcher::State::Watching, 30000));
    CHECK(started == 2);
    CHECK(finishedRuns == 2);
    CHECK(overlapping == 0);
    CHECK(f.applicants() == 20);
}

TEST_CASE("A refused connection backs off with growing waits and a restarted server is read again", "[watch][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    WatchFixture f;
    f.useServer(server);
    REQUIRE_FALSE(server.deliver(application(1)).isEmpty());
    server.stop();

    const MailWatcher::Options options = quickOptions();
    MailWatcher watcher(SslMailSocket::factory(), f.database(), f.profile.clock(), options);
    QVector<qint64> waits; // planned wait of each backoff, read from the state's next attempt
    QObject::connect(&watcher, &MailWatcher::stateChanged, &watcher,
                     [&](MailWatcher::State state, const QDateTime& next) {
                         if (state == MailWatcher::State::BackingOff)
                             waits.append(f.profile.clock().now().msecsTo(next));
                     });
    QSignalSpy finished(&watcher, &MailWatcher::runFinished);
    watcher.start(f.account, {QStringLiteral("E")}, server.password());
    REQUIRE(QTest::qWaitFor([&] { return waits.size() >= 4; }, 20000));
    CHECK(waits.mid(0, 4) == QVector<qint64>{200, 400, 800, 800}); // doubled up to the cap
    const SyncReport refused = finished.first().first().value<SyncReport>();
    CHECK_FALSE(refused.ok);
    CHECK(refused.problem == MailAccountProblem::CannotConnect);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error = 'cannot_connect'")) == 1);

    REQUIRE(server.restart());
    REQUIRE(waitForState(watcher, MailWatcher::State::Watching, 20000));
    CHECK(watcher.lastReport()->ok);
    CHECK(f.applicants() == 1);
    CHECK(watcher.retryDelayMs() == options.firstRetryMs); // reset after success
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error = 'cannot_connect'")) == 0);
}

TEST_CASE("A network change retries at once instead of waiting for the backoff", "[watch][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    WatchFixture f;
    f.useServer(server);
    server.stop();
    MailWatcher::Options options = quickOptions();
    options.firstRetryMs = 60 * 1000;
    options.maxRetryMs = 60 * 1000;
    MailWatcher watcher(SslMailSocket::factory(), f.database(), f.profile.clock(), options);
    watcher.start(f.account, {QStringLiteral("E")}, server.password());
    REQUIRE(waitForState(watcher, MailWatcher::State::BackingOff, 20000));
    REQUIRE(server.restart());
    watcher.networkChanged();
    CHECK(waitForState(watcher, MailWatcher::State::Watching, 20000));
}

TEST_CASE("An empty password waits for the host without connecting", "[watch]")
{
    test::TempProfile profile;
    Profile& opened = profile.open();
    MailAccount account;
    account.name = QStringLiteral("Room E");
    account.userName = QStringLiteral("host@example.org");
    account.imapHost = QStringLiteral("127.0.0.1");
    account.imapPort = 1; // never dialled
    MailAccountRepository accounts(opened.database(), profile.clock());
    auto id = accounts.insert(account);
    REQUIRE(id.ok());
    account = accounts.byId(id.value()).value();
    int sockets = 0;
    MailSocketFactory counting = [&sockets] {
        ++sockets;
        return SslMailSocket::factory()();
    };
    MailWatcher watcher(counting, opened.database(), profile.clock(), quickOptions());
    QSignalSpy started(&watcher, &MailWatcher::runStarted);
    watcher.start(account, {}, QString());
    CHECK(watcher.state() == MailWatcher::State::NeedsAttention);
    REQUIRE(watcher.lastReport());
    CHECK(watcher.lastReport()->problem == MailAccountProblem::PasswordMissing);
    watcher.syncNow();
    CHECK_FALSE(started.wait(300));
    CHECK(sockets == 0);
    CHECK(accounts.byId(account.id).value().lastError == MailAccountProblem::PasswordMissing);
}

// Last: Dovecot delays logins from 127.0.0.1 after a failed one (see DovecotServer.h).
TEST_CASE("A wrong password needs the host and is not retried in a loop", "[watch][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    WatchFixture f;
    f.useServer(server);
    REQUIRE_FALSE(server.deliver(application(1)).isEmpty());
    MailWatcher watcher(SslMailSocket::factory(), f.database(), f.profile.clock(), quickOptions());
    QSignalSpy started(&watcher, &MailWatcher::runStarted);
    QSignalSpy finished(&watcher, &MailWatcher::runFinished);
    watcher.start(f.account, {QStringLiteral("E")}, QStringLiteral("not the password"));
    REQUIRE(finished.wait(30000));
    const SyncReport report = finished.first().first().value<SyncReport>();
    CHECK(report.problem == MailAccountProblem::LoginFailed);
    CHECK(watcher.state() == MailWatcher::State::NeedsAttention);
    CHECK_FALSE(watcher.nextAttemptAt().isValid());
    // Many backoff periods pass: no further attempt.
    CHECK_FALSE(started.wait(2000));
    CHECK(started.size() == 1);
    watcher.syncNow(); // the receive button alone does not retry a refused password either
    CHECK(started.size() == 1);
    CHECK(f.applicants() == 0);

    // The host gives the right password: the watcher goes on.
    watcher.start(f.account, {QStringLiteral("E")}, server.password());
    REQUIRE(waitForState(watcher, MailWatcher::State::Watching, 30000));
    CHECK(f.applicants() == 1);
}

} // namespace tsunagu
