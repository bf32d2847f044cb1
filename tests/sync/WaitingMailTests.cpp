// SPDX-License-Identifier: GPL-3.0-or-later
// The two phases of a sync (download, then read) against a real Dovecot: mail downloaded but not read when a run
// stops waits and is read exactly once by the next run; waiting mail is read before a recreated mailbox is matched
// again; a waiting mail that is already known is not taken in twice; waiting mail goes with its account.
#include "SyncTestSupport.h"

#include "intake/IntakePipeline.h"
#include "storage/FetchedMailRepository.h"
#include "storage/MessageRepository.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace tsunagu {
namespace {

using test::application;
using test::DovecotServer;
using test::SyncFixture;

int waitingIn(SyncFixture& f)
{
    return f.count(QStringLiteral("SELECT count(*) FROM fetched_mail"));
}

} // namespace

TEST_CASE("Mail downloaded but not read when a run stops waits, and the next run reads it exactly once",
          "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    const int total = 40;
    for (int n = 1; n <= total; ++n)
        REQUIRE_FALSE(server.deliver(application(n)).isEmpty());
    MailboxSync::Options options;
    options.readBatchSize = 5;

    SECTION("cancelled as reading begins")
    {
        MailboxSync sync(SslMailSocket::factory(), f.database(), f.profile.clock(), options);
        QSignalSpy finished(&sync, &MailboxSync::finished);
        QObject::connect(&sync, &MailboxSync::progressed, &sync, [&](const SyncProgress& p) {
            if (p.reading && p.stored == total)
                sync.cancel();
        });
        sync.start(f.account, {QStringLiteral("E")}, server.password());
        REQUIRE(finished.wait(60000));
        const SyncReport report = finished.first().first().value<SyncReport>();
        CHECK_FALSE(report.ok);
        CHECK(report.problem == MailAccountProblem::None);
        CHECK(report.fetched == total);
        CHECK(report.read == 0);
        CHECK(report.waiting == total);
    }
    SECTION("the app stopped it (the sync destroyed) as reading begins")
    {
        auto sync = std::make_unique<MailboxSync>(SslMailSocket::factory(), f.database(), f.profile.clock(), options);
        bool destroyed = false;
        QObject::connect(sync.get(), &MailboxSync::progressed, sync.get(), [&](const SyncProgress& p) {
            if (p.reading && p.stored == total && !destroyed) {
                destroyed = true;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [&] { sync.reset(); }, Qt::QueuedConnection);
            }
        });
        sync->start(f.account, {QStringLiteral("E")}, server.password());
        REQUIRE(QTest::qWaitFor([&] { return !sync; }, 60000));
    }
    SECTION("only downloaded, as tsunagu sync --fetch-only does")
    {
        options.read = false;
        const SyncReport report = f.sync(server.password(), options);
        INFO(report.detail.toStdString());
        REQUIRE(report.ok);
        CHECK(report.fetched == total);
        CHECK(report.read == 0);
        CHECK(report.waiting == total);
        CHECK(report.applications == 0);
    }

    // Every mail is kept exactly once, read or waiting, and the state covers them all: nothing is fetched again.
    const int read = f.count(QStringLiteral("SELECT count(*) FROM messages"));
    CHECK(read + waitingIn(f) == total);
    CHECK(waitingIn(f) > 0);
    CHECK(f.count(QStringLiteral("SELECT highest_uid FROM mailbox_sync_state")) == total);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == read);

    const SyncReport next = f.sync(server.password(), options.read ? options : MailboxSync::Options{});
    INFO(next.detail.toStdString());
    REQUIRE(next.ok);
    CHECK(next.fetched == 0);
    CHECK(next.read == total - read);
    CHECK(next.applications == total - read);
    CHECK(next.waiting == 0);
    CHECK(waitingIn(f) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages")) == total);
    CHECK(f.count(QStringLiteral("SELECT count(DISTINCT sha256) FROM messages")) == total);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == total);
    // In the order they arrived: the first application is the first applicant.
    CHECK(f.count(QStringLiteral("SELECT uid FROM messages ORDER BY id LIMIT 1")) == 1);
}

TEST_CASE("Mail still waiting is read before a recreated mailbox is matched again, so nothing is taken in twice",
          "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    for (int n = 1; n <= 5; ++n)
        REQUIRE_FALSE(server.deliver(application(n)).isEmpty());
    MailboxSync::Options fetchOnly;
    fetchOnly.read = false;
    REQUIRE(f.sync(server.password(), fetchOnly).waiting == 5);

    server.recreateMailbox(QStringLiteral("INBOX"), DovecotServer::Contents::KeepMessages);
    REQUIRE_FALSE(server.deliver(application(6)).isEmpty());

    SECTION("by a whole sync")
    {
        const SyncReport after = f.sync(server.password());
        INFO(after.detail.toStdString());
        REQUIRE(after.ok);
        CHECK(after.uidValidityChanged);
        CHECK(after.read == 6); // the 5 waiting ones first, then the new one
        CHECK(after.rematched == 5);
        CHECK(after.fetched == 1);
        CHECK(after.waiting == 0);
    }
    SECTION("by another download only")
    {
        const SyncReport after = f.sync(server.password(), fetchOnly);
        INFO(after.detail.toStdString());
        REQUIRE(after.ok);
        CHECK(after.read == 5); // matching needs them read
        CHECK(after.rematched == 5);
        CHECK(after.fetched == 1);
        CHECK(after.waiting == 1);
        REQUIRE(f.sync(server.password()).read == 1);
    }
    CHECK(waitingIn(f) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages")) == 6);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == 6);
    const int validity = f.count(QStringLiteral("SELECT uidvalidity FROM mailbox_sync_state"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE uidvalidity = %1").arg(validity)) == 6);
}

TEST_CASE("A waiting mail that is already known is counted as known and not taken in twice", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    // The same application imported from a file before, and the same Message-ID sent again with other bytes.
    const QByteArray imported = application(1);
    IntakePipeline pipeline(f.database(), f.profile.clock());
    REQUIRE(pipeline.take(imported, IntakeSource{}).ok());
    QByteArray resent = application(2);
    REQUIRE(pipeline.take(resent, IntakeSource{}).ok());
    resent.replace("Subject:", "X-Resent: yes\r\nSubject:");
    REQUIRE_FALSE(server.deliver(imported).isEmpty());
    REQUIRE_FALSE(server.deliver(resent).isEmpty());
    REQUIRE_FALSE(server.deliver(application(3)).isEmpty());

    MailboxSync::Options fetchOnly;
    fetchOnly.read = false;
    REQUIRE(f.sync(server.password(), fetchOnly).waiting == 3);
    const SyncReport report = f.sync(server.password());
    INFO(report.detail.toStdString());
    REQUIRE(report.ok);
    CHECK(report.read == 3);
    CHECK(report.alreadyKnown == 2);
    CHECK(report.applications == 1);
    CHECK(waitingIn(f) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages")) == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == 3);
}

TEST_CASE("Waiting mail goes with its account, and each account reads only its own", "[sync]")
{
    test::TempProfile profile;
    Database& database = profile.open().database();
    MailAccountRepository accounts(database, profile.clock());
    MailAccount first;
    first.name = QStringLiteral("Room E");
    first.userName = QStringLiteral("room-e@example.org");
    first.imapHost = QStringLiteral("imap.example.org");
    MailAccount second = first;
    second.name = QStringLiteral("Room F");
    const qint64 firstId = accounts.save(first, {}).value();
    const qint64 secondId = accounts.save(second, {}).value();

    FetchedMailRepository fetched(database);
    const QDateTime now = profile.clock().now();
    REQUIRE(fetched.add(firstId, QStringLiteral("INBOX"), 7, {{1, "a", 0, {}}, {2, "b", 0, {}}}, now).ok());
    REQUIRE(fetched.add(secondId, QStringLiteral("INBOX"), 9, {{1, "c", 0, {}}}, now).ok());
    REQUIRE(fetched.add(firstId, QStringLiteral("INBOX"), 7, {{3, "d", 50, {}}}, now).ok());
    // The same message twice, or one without a position, is refused.
    CHECK(fetched.add(firstId, QStringLiteral("INBOX"), 7, {{3, "d", 0, {}}}, now).error().code ==
          StoreError::ConstraintViolated);
    CHECK(fetched.add(firstId, QStringLiteral("INBOX"), 0, {{4, "e", 0, {}}}, now).error().code ==
          StoreError::ConstraintViolated);

    auto mine = fetched.next(firstId, QStringLiteral("INBOX"), 0, 10);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 3);
    CHECK(mine->at(0).raw == "a");
    CHECK(mine->at(2).raw == "d");
    CHECK(mine->at(2).uid == 3);
    CHECK(mine->at(2).uidValidity == 7);
    CHECK(mine->at(2).fullSize == 50);
    CHECK(mine->at(0).fullSize == 1);
    auto after = fetched.next(firstId, QStringLiteral("INBOX"), mine->at(0).id, 1);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->first().raw == "b");
    REQUIRE(fetched.remove(firstId, QStringLiteral("INBOX"), mine->at(0).id, mine->at(1).id).ok());
    CHECK(fetched.count(firstId, QStringLiteral("INBOX")).value() == 1);
    CHECK(fetched.count(secondId, QStringLiteral("INBOX")).value() == 1);

    REQUIRE(accounts.remove(firstId).ok());
    CHECK(fetched.countAll().value() == 1);
    CHECK(fetched.count(firstId, QStringLiteral("INBOX")).value() == 0);
    REQUIRE(accounts.remove(secondId).ok());
    CHECK(fetched.countAll().value() == 0);
}

} // namespace tsunagu
