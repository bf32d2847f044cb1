// SPDX-License-Identifier: GPL-3.0-or-later
// MailboxSync against a real Dovecot: first and incremental sync, nothing marked read, a recreated mailbox
// (UIDVALIDITY), the server stopped in the middle of a fetch, certificates (and a certificate file gone), a wrong
// password, mail read while the server is unreachable, a 50 MB mail.
#include "SyncTestSupport.h"

#include "mail/imap/ImapSession.h"
#include "mail/net/SslMailSocket.h"
#include "receiving/MailWatcher.h"
#include "receiving/MailboxSync.h"
#include "storage/ApplicantRepository.h"
#include "storage/MailAccountRepository.h"
#include "storage/MessageRepository.h"
#include "storage/SqlSupport.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace tsunagu {

namespace {

using test::application;
using test::DovecotServer;
using test::SyncFixture;

// The flags the server holds, read by a second client: proof that syncing marked nothing as read.
QList<MessageMeta> serverFlags(const DovecotServer& server)
{
    ImapSession session(SslMailSocket::factory());
    Endpoint endpoint;
    endpoint.host = server.host();
    endpoint.port = server.imapsPort();
    endpoint.userName = server.user();
    endpoint.caFile = server.certificatePath();
    QList<MessageMeta> metas;
    bool done = false;
    session.connectToServer(endpoint, server.password(), [&](ImapResult<ImapServerInfo> connected) {
        REQUIRE(connected.ok());
        session.examine(QStringLiteral("INBOX"), [&](ImapResult<MailboxInfo> box) {
            REQUIRE(box.ok());
            session.searchUidsFrom(1, [&](ImapResult<std::vector<quint32>> uids) {
                REQUIRE(uids.ok());
                session.fetchMeta(uids.value(), [&](ImapResult<QList<MessageMeta>> fetched) {
                    REQUIRE(fetched.ok());
                    metas = fetched.value();
                    done = true;
                });
            });
        });
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 30000));
    return metas;
}

// A TCP relay between Tsunagu and Dovecot that the test can cut, as a network drop would: stopping Dovecot
// does not end a session already open (its imap processes outlive the master), so the break is made here. TLS
// stays end to end; the relay only copies bytes.
class CuttableRelay : public QObject
{
public:
    explicit CuttableRelay(quint16 target)
        : m_target(target)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                auto* upstream = new QTcpSocket(client);
                m_pairs.append(qMakePair(QPointer<QTcpSocket>(client), QPointer<QTcpSocket>(upstream)));
                QObject::connect(client, &QTcpSocket::readyRead, upstream,
                                 [client, upstream] { upstream->write(client->readAll()); });
                QObject::connect(upstream, &QTcpSocket::readyRead, client,
                                 [client, upstream] { client->write(upstream->readAll()); });
                QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void cut()
    {
        for (const auto& [client, upstream] : std::as_const(m_pairs)) {
            if (client) {
                upstream->abort();
                client->abort();
            }
        }
        m_server.close();
    }

private:
    quint16 m_target;
    QTcpServer m_server;
    QVector<QPair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

} // namespace

TEST_CASE("First sync takes every mail in, the next takes only what is new, nothing is marked read", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    for (int n = 1; n <= 3; ++n)
        REQUIRE_FALSE(server.deliver(application(n)).isEmpty());
    REQUIRE_FALSE(server
                      // A notice a machine sent: read, and kept in 未分類 (a person's letter would be an application).
                      .deliver(test::letterMail(QStringLiteral("配信のお知らせ"), QStringLiteral("送信専用です。"),
                                                "noreply@example.jp", "letter-1@example.jp"))
                      .isEmpty());

    const SyncReport first = f.sync(server.password());
    INFO(first.detail.toStdString());
    REQUIRE(first.ok);
    CHECK(first.fetched == 4);
    CHECK(first.read == 4);
    CHECK(first.waiting == 0);
    CHECK(first.applications == 3);
    CHECK(first.unclassified == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants a JOIN rooms r ON r.id = a.room_id "
                                 "WHERE r.code = 'E'")) == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE uid IS NOT NULL AND account_id = %1")
                      .arg(f.account.id)) == 4);
    for (const MessageMeta& meta : serverFlags(server))
        CHECK_FALSE(meta.isSeen());

    REQUIRE_FALSE(server.deliver(application(4)).isEmpty());
    REQUIRE_FALSE(server.deliver(application(5)).isEmpty());
    const SyncReport second = f.sync(server.password());
    REQUIRE(second.ok);
    CHECK(second.fetched == 2);
    CHECK(second.applications == 2);

    const SyncReport third = f.sync(server.password());
    REQUIRE(third.ok);
    CHECK(third.fetched == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(f.account.id)) == 6);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mailbox_sync_state WHERE last_sync_at IS NOT NULL")) == 1);
}

TEST_CASE("A recreated mailbox (new UIDVALIDITY) neither duplicates nor loses mail", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    for (int n = 1; n <= 5; ++n)
        server.deliver(application(n));
    REQUIRE(f.sync(server.password()).fetched == 5);
    const int oldValidity =
        f.count(QStringLiteral("SELECT uidvalidity FROM mailbox_sync_state WHERE account_id = %1").arg(f.account.id));

    server.recreateMailbox(QStringLiteral("INBOX"), DovecotServer::Contents::KeepMessages);
    server.deliver(application(6));
    const SyncReport after = f.sync(server.password());
    INFO(after.detail.toStdString());
    REQUIRE(after.ok);
    CHECK(after.uidValidityChanged);
    CHECK(after.rematched == 5);
    CHECK(after.fetched == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(f.account.id)) == 6);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == 6);
    const int newValidity =
        f.count(QStringLiteral("SELECT uidvalidity FROM mailbox_sync_state WHERE account_id = %1").arg(f.account.id));
    CHECK(newValidity != oldValidity);
    // Every stored mail now carries its new position.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE uidvalidity = %1").arg(newValidity)) == 6);
    CHECK(f.sync(server.password()).fetched == 0);
}

TEST_CASE("The connection cut in the middle of a fetch: what was stored stays, the next sync completes it",
          "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    const int total = 400;
    for (int n = 1; n <= total; ++n)
        server.deliver(application(n));

    MailboxSync::Options small;
    small.batchSize = 20;
    small.session.uidsPerFetch = 10;
    small.session.fetchesInFlight = 1;
    {
        CuttableRelay relay(server.imapsPort());
        MailAccount viaRelay = f.account;
        viaRelay.imapPort = relay.port();
        MailboxSync sync(SslMailSocket::factory(), f.database(), f.profile.clock(), small);
        QSignalSpy finished(&sync, &MailboxSync::finished);
        bool cut = false;
        QObject::connect(&sync, &MailboxSync::progressed, &sync, [&](const SyncProgress& p) {
            if (!cut && p.fetched >= 60) {
                cut = true;
                relay.cut(); // in the middle of the next UID FETCH
            }
        });
        sync.start(viaRelay, {QStringLiteral("E")}, server.password());
        REQUIRE(finished.wait(60000));
        const SyncReport broken = finished.first().first().value<SyncReport>();
        CHECK_FALSE(broken.ok);
        CHECK(broken.problem == MailAccountProblem::CannotConnect);
        CHECK(broken.fetched < total);
        // What was kept before the cut was read all the same: nothing is left waiting.
        CHECK(broken.read == broken.fetched);
        CHECK(broken.waiting == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == broken.fetched);
    }
    // Kept: read into messages, or downloaded and waiting to be read.
    const int keptBefore =
        f.count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(f.account.id)) +
        f.count(QStringLiteral("SELECT count(*) FROM fetched_mail"));
    CHECK(keptBefore < total);
    // The state never runs ahead of the kept mail.
    CHECK(f.count(QStringLiteral("SELECT coalesce(max(highest_uid), 0) FROM mailbox_sync_state")) <= keptBefore);

    const SyncReport resumed = f.sync(server.password());
    INFO(resumed.detail.toStdString());
    REQUIRE(resumed.ok);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(f.account.id)) == total);
    CHECK(f.count(
              QStringLiteral("SELECT count(DISTINCT sha256) FROM messages WHERE account_id = %1").arg(f.account.id)) ==
          total);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == total);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM fetched_mail")) == 0);
}

TEST_CASE("Mail kept above a saved state that lagged behind is not downloaded again", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    const int total = 50;
    for (int n = 1; n <= total; ++n)
        server.deliver(application(n));
    REQUIRE(f.sync(server.password()).ok);
    const int highest = f.count(QStringLiteral("SELECT max(highest_uid) FROM mailbox_sync_state"));
    REQUIRE(highest == total);

    // As a run killed between storing its mail and saving how far it got would leave it (mail over the size cap
    // holds the saved UID back until it is fetched last): 40 mails kept above the saved UID.
    QSqlQuery lag(f.database().connection());
    REQUIRE(sql::exec(lag, QStringLiteral("UPDATE mailbox_sync_state SET highest_uid = 10")));
    server.deliver(application(total + 1));

    MailboxSync sync(SslMailSocket::factory(), f.database(), f.profile.clock());
    QSignalSpy finished(&sync, &MailboxSync::finished);
    int mostToFetch = 0;
    int mostFetched = 0;
    QObject::connect(&sync, &MailboxSync::progressed, &sync, [&](const SyncProgress& p) {
        mostToFetch = std::max(mostToFetch, p.toFetch);
        mostFetched = std::max(mostFetched, p.fetched);
    });
    sync.start(f.account, {QStringLiteral("E")}, server.password());
    REQUIRE(finished.wait(60000));
    const SyncReport report = finished.first().first().value<SyncReport>();
    INFO(report.detail.toStdString());
    REQUIRE(report.ok);
    // Only the one new mail is downloaded; the 40 kept ones are not asked for again.
    CHECK(mostToFetch == 1);
    CHECK(mostFetched == 1);
    CHECK(report.fetched == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(f.account.id)) ==
          total + 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == total + 1);
    CHECK(f.count(QStringLiteral("SELECT max(highest_uid) FROM mailbox_sync_state")) == total + 1);

    // And with nothing new since, the state has caught up: the next run finds nothing to fetch.
    REQUIRE(sql::exec(lag, QStringLiteral("UPDATE mailbox_sync_state SET highest_uid = 5")));
    const SyncReport again = f.sync(server.password());
    REQUIRE(again.ok);
    CHECK(again.fetched == 0);
    CHECK(f.count(QStringLiteral("SELECT max(highest_uid) FROM mailbox_sync_state")) == total + 1);
}

TEST_CASE("An application is dated when the server received it (INTERNALDATE), not when it was written or read",
          "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    // Written on 11-21 (its Date header), but the server has had it since 11-10: a Maildir file's time is the
    // mail's INTERNALDATE for Dovecot.
    const QString file = server.deliver(application(1));
    REQUIRE_FALSE(file.isEmpty());
    const QDateTime arrived(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
    {
        QFile maildirFile(file);
        REQUIRE(maildirFile.open(QIODevice::ReadWrite));
        REQUIRE(maildirFile.setFileTime(arrived, QFileDevice::FileModificationTime));
    }
    const SyncReport report = f.sync(server.password());
    INFO(report.detail.toStdString());
    REQUIRE(report.ok);
    QSqlQuery q(f.database().connection());
    REQUIRE(sql::exec(q, QStringLiteral("SELECT a.received_at, m.received_at FROM applicants a "
                                        "JOIN messages m ON m.applicant_id = a.id")));
    REQUIRE(q.next());
    CHECK(sql::toInstant(q.value(0)).toUTC() == arrived);
    CHECK(sql::toInstant(q.value(1)).toUTC() == arrived);
}

TEST_CASE("An untrusted certificate stops the sync with what the host needs to decide, and a pin lets it through",
          "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server, /*trustCertificate=*/false);
    server.deliver(application(1));

    const SyncReport refused = f.sync(server.password());
    CHECK_FALSE(refused.ok);
    CHECK(refused.problem == MailAccountProblem::TlsUntrusted);
    REQUIRE(refused.certificate.has_value());
    CHECK(refused.certificate->sha256 == server.certificateSha256());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(f.account.id)) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error = 'tls_untrusted'")) == 1);

    MailAccountRepository accounts(f.database(), f.profile.clock());
    REQUIRE(accounts.setPin(f.account.id, refused.certificate->sha256).ok());
    f.account = accounts.byId(f.account.id).value();
    const SyncReport pinned = f.sync(server.password());
    INFO(pinned.detail.toStdString());
    CHECK(pinned.ok);
    CHECK(pinned.fetched == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error IS NOT NULL "
                                 "AND last_error <> 'none' AND last_error <> ''")) == 0);
}

TEST_CASE("A 50 MB mail over the size cap: its headers and first text are read, the rest is reported", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    // The form text first, then a 50 MB attachment.
    QByteArray mail = "From: forms@forms.example.org\r\nTo: room-e@example.org\r\nSubject: big\r\n"
                      "Message-ID: <big-1@forms.example.org>\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                      "Content-Type: text/plain; charset=UTF-8\r\n\r\nお名前：おおきな\r\n"
                      "メールアドレス：big@example.jp\r\n\r\n--b\r\nContent-Type: application/octet-stream\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray line = QByteArray(76, 'A') + "\r\n";
    mail.reserve(52 * 1024 * 1024);
    while (mail.size() < 50 * 1024 * 1024)
        mail += line;
    mail += "--b--\r\n";
    REQUIRE_FALSE(server.deliver(mail).isEmpty());

    const SyncReport report = f.sync(server.password());
    INFO(report.detail.toStdString());
    REQUIRE(report.ok);
    CHECK(report.overCap == 1);
    QSqlQuery q(f.database().connection());
    REQUIRE(sql::exec(q, QStringLiteral("SELECT size_bytes, length(raw), decoding_notes, body_text FROM messages")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == mail.size());      // the real size is reported
    CHECK(q.value(1).toLongLong() <= 25 * 1024 * 1024); // only the cap was loaded
    CHECK(q.value(2).toString().contains(QStringLiteral("size cap")));
    CHECK(q.value(3).toString().contains(QStringLiteral("おおきな")));
}

TEST_CASE("Mail downloaded earlier is read even when the server cannot be reached or refuses the password",
          "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    for (int n = 1; n <= 30; ++n)
        server.deliver(application(n));
    MailboxSync::Options fetchOnly;
    fetchOnly.read = false;
    const SyncReport fetched = f.sync(server.password(), fetchOnly);
    REQUIRE(fetched.ok);
    REQUIRE(fetched.waiting == 30);
    REQUIRE(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == 0);

    SyncReport report;
    SECTION("the server is down")
    {
        server.stop();
        report = f.sync(server.password());
        CHECK(report.problem == MailAccountProblem::CannotConnect);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error = 'cannot_connect'")) == 1);
    }
    SECTION("the password is refused")
    {
        report = f.sync(QStringLiteral("not the password"));
        CHECK(report.problem == MailAccountProblem::LoginFailed);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error = 'login_failed'")) == 1);
    }
    // The run still fails with the server's problem, and the 30 applications are there for the host.
    CHECK_FALSE(report.ok);
    CHECK(report.read == 30);
    CHECK(report.applications == 30);
    CHECK(report.waiting == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applicants")) == 30);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM fetched_mail")) == 0);
}

TEST_CASE("A certificate file that was moved away is named as the problem, not an unreachable server", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    server.deliver(application(1));
    QTemporaryDir elsewhere;
    f.account.caFile = elsewhere.filePath(QStringLiteral("dovecot-ca.pem")); // never there
    const SyncReport report = f.sync(server.password());
    CHECK_FALSE(report.ok);
    CHECK(report.problem == MailAccountProblem::CaFileUnreadable);
    CHECK(report.detail.contains(f.account.caFile));
    CHECK(MailWatcher::needsHost(report.problem)); // the window waits for the host instead of retrying
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error = 'ca_file_unreadable'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages")) == 0);
}

TEST_CASE("A wrong password is a login failure kept on the account, and nothing is stored", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    server.deliver(application(1));
    const SyncReport report = f.sync(QStringLiteral("not the password"));
    CHECK_FALSE(report.ok);
    CHECK(report.problem == MailAccountProblem::LoginFailed);
    CHECK_FALSE(report.detail.contains(QStringLiteral("not the password")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error = 'login_failed'")) == 1);
}

} // namespace tsunagu

namespace tsunagu {

TEST_CASE("A run the host cancels, or that the app stops, keeps what it stored and records no error", "[sync][server]")
{
    DovecotServer server;
    REQUIRE(server.start());
    SyncFixture f;
    f.useServer(server);
    for (int n = 1; n <= 200; ++n)
        server.deliver(application(n));
    MailboxSync::Options small;
    small.batchSize = 10;
    small.session.uidsPerFetch = 10;
    small.session.fetchesInFlight = 1;

    SECTION("cancelled")
    {
        MailboxSync sync(SslMailSocket::factory(), f.database(), f.profile.clock(), small);
        QSignalSpy finished(&sync, &MailboxSync::finished);
        QObject::connect(&sync, &MailboxSync::progressed, &sync, [&](const SyncProgress& p) {
            if (p.fetched >= 30)
                sync.cancel();
        });
        sync.start(f.account, {QStringLiteral("E")}, server.password());
        REQUIRE(finished.wait(60000));
        const SyncReport report = finished.first().first().value<SyncReport>();
        CHECK_FALSE(report.ok);
        CHECK(report.problem == MailAccountProblem::None);
    }
    SECTION("stopped by destroying it")
    {
        auto sync = std::make_unique<MailboxSync>(SslMailSocket::factory(), f.database(), f.profile.clock(), small);
        bool destroyed = false;
        QObject::connect(sync.get(), &MailboxSync::progressed, sync.get(), [&](const SyncProgress& p) {
            if (p.fetched >= 30 && !destroyed) {
                destroyed = true;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [&] { sync.reset(); }, Qt::QueuedConnection);
            }
        });
        sync->start(f.account, {QStringLiteral("E")}, server.password());
        REQUIRE(QTest::qWaitFor([&] { return !sync; }, 60000));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM mail_accounts WHERE last_error IS NOT NULL "
                                 "AND last_error <> 'none' AND last_error <> ''")) == 0);
    const int kept = f.count(QStringLiteral("SELECT count(*) FROM messages")) +
                     f.count(QStringLiteral("SELECT count(*) FROM fetched_mail"));
    CHECK(kept < 200);
    CHECK(f.count(QStringLiteral("SELECT coalesce(max(highest_uid), 0) FROM mailbox_sync_state")) <= kept);
    // The next run completes it, nothing twice.
    REQUIRE(f.sync(server.password()).ok);
    CHECK(f.count(QStringLiteral("SELECT count(DISTINCT sha256) FROM messages")) == 200);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM messages")) == 200);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM fetched_mail")) == 0);
}

} // namespace tsunagu
