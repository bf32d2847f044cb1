// SPDX-License-Identifier: GPL-3.0-or-later
// MailConnection with the fake socket, and the one mapping of its failures to IMAP, SMTP and SendError codes.
#include "FakeMailSocket.h"
#include "TestCertificate.h"

#include "mail/imap/ImapError.h"
#include "mail/net/MailConnection.h"
#include "mail/smtp/SmtpError.h"
#include "sending/ReplySenderParts.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

QSslCertificate testCertificate()
{
    return pemCertificate(QStringLiteral(TSUNAGU_IMAP_TEST_DATA "/certs/test-leaf.pem"));
}

Endpoint endpoint(SecurityMode mode = SecurityMode::ImplicitTls)
{
    Endpoint e;
    e.host = mode == SecurityMode::PlainLocal ? QStringLiteral("127.0.0.1") : QStringLiteral("mail.example.org");
    e.port = 993;
    e.security = mode;
    e.userName = QStringLiteral("host@example.org");
    e.timeoutMs = 10000;
    return e;
}

struct Harness
{
    QPointer<FakeMailSocket> socket;
    int sockets = 0;
    MailConnection connection{FakeMailSocket::factory(socket, sockets)};
    std::vector<ConnectionFailure> failures;
    int established = 0;
    int upgraded = 0;
    QByteArray read;
    bool autoRead = true; // false: bytes stay in the socket, as when the session has not read them yet

    Harness()
    {
        QObject::connect(&connection, &MailConnection::failed, &connection,
                         [this](const ConnectionFailure& f) { failures.push_back(f); });
        QObject::connect(&connection, &MailConnection::established, &connection, [this] { ++established; });
        QObject::connect(&connection, &MailConnection::upgraded, &connection, [this] { ++upgraded; });
        QObject::connect(&connection, &MailConnection::readyRead, &connection, [this] {
            if (autoRead)
                read += connection.readAll();
        });
    }
};

} // namespace

TEST_CASE("The local-only rule and an unreadable CA file refuse before any socket exists", "[net][tls]")
{
    Harness harness;
    SECTION("plain text towards another computer")
    {
        Endpoint e = endpoint(SecurityMode::PlainLocal);
        e.host = QStringLiteral("mail.example.org");
        const auto refused = harness.connection.open(e);
        REQUIRE(refused.has_value());
        CHECK(refused->code == ConnectionError::PlainNotLocal);
    }
    SECTION("a CA file that was moved or deleted")
    {
        Endpoint e = endpoint();
        e.caFile = QStringLiteral("/nonexistent/ca.pem");
        const auto refused = harness.connection.open(e);
        REQUIRE(refused.has_value());
        CHECK(refused->code == ConnectionError::CaFileUnreadable);
        CHECK(refused->detail.contains(QStringLiteral("/nonexistent/ca.pem")));
    }
    SECTION("a CA file that holds no certificate")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("ca.pem")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        Endpoint e = endpoint();
        e.caFile = file.fileName();
        const auto refused = harness.connection.open(e);
        REQUIRE(refused.has_value());
        CHECK(refused->code == ConnectionError::CaFileUnreadable);
    }
    CHECK(harness.sockets == 0);
    CHECK_FALSE(harness.connection.isOpen());
    CHECK(harness.failures.empty()); // returned, not emitted
}

TEST_CASE("Each socket failure gets one name", "[net]")
{
    const auto [failure, expected] = GENERATE(table<MailSocket::Failure, ConnectionError>({
        {MailSocket::Failure::Unreachable, ConnectionError::Unreachable},
        {MailSocket::Failure::TlsFailed, ConnectionError::TlsFailed},
        {MailSocket::Failure::Closed, ConnectionError::Dropped},
    }));
    Harness harness;
    REQUIRE_FALSE(harness.connection.open(endpoint()).has_value());
    REQUIRE(harness.socket);
    CHECK(harness.socket->implicitTls);
    harness.socket->drop(failure);
    REQUIRE(harness.failures.size() == 1);
    CHECK(harness.failures.front().code == expected);
    CHECK(harness.failures.front().detail == QStringLiteral("peer closed"));
    harness.connection.close();
    CHECK(harness.socket->aborted);
    CHECK(QTest::qWaitFor([&harness] { return harness.socket.isNull(); }, 2000)); // released
}

TEST_CASE("An untrusted certificate is TlsUntrusted with what the UI shows, a pinned one passes", "[net][tls]")
{
    const QSslCertificate certificate = testCertificate();
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, certificate)};
    SECTION("untrusted")
    {
        Harness harness;
        REQUIRE_FALSE(harness.connection.open(endpoint()).has_value());
        harness.socket->peer = certificate;
        harness.socket->presentTlsErrors(errors);
        REQUIRE(harness.failures.size() == 1);
        CHECK(harness.failures.front().code == ConnectionError::TlsUntrusted);
        REQUIRE(harness.failures.front().certificate.has_value());
        CHECK(harness.failures.front().certificate->sha256 ==
              QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256));
        CHECK(harness.socket->ignored.isEmpty());
    }
    SECTION("pinned")
    {
        Harness harness;
        Endpoint e = endpoint();
        e.pinnedSha256 = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
        REQUIRE_FALSE(harness.connection.open(e).has_value());
        harness.socket->peer = certificate;
        harness.socket->presentTlsErrors(errors);
        CHECK(harness.failures.empty());
        CHECK(harness.socket->ignored == errors);
        harness.socket->accept();
        CHECK(harness.established == 1);
        CHECK(harness.connection.isEncrypted());
        CHECK(harness.connection.mayAuthenticate());
    }
}

TEST_CASE("No answer within the endpoint's time is Timeout", "[net]")
{
    Harness harness;
    Endpoint e = endpoint();
    e.timeoutMs = 30;
    REQUIRE_FALSE(harness.connection.open(e).has_value());
    harness.socket->accept();
    REQUIRE(QTest::qWaitFor([&harness] { return !harness.failures.empty(); }, 2000));
    CHECK(harness.failures.front().code == ConnectionError::Timeout);
    CHECK(harness.failures.front().detail.contains(QStringLiteral("30 ms")));

    // stopWaiting() means nothing is expected: no Timeout then.
    Harness quiet;
    REQUIRE_FALSE(quiet.connection.open(e).has_value());
    quiet.connection.stopWaiting();
    QTest::qWait(100);
    CHECK(quiet.failures.empty());
}

TEST_CASE("STARTTLS drops every plain byte after the server's yes until the handshake is done", "[net][tls]")
{
    Harness harness;
    REQUIRE_FALSE(harness.connection.open(endpoint(SecurityMode::StartTls)).has_value());
    CHECK_FALSE(harness.socket->implicitTls);
    harness.socket->accept();
    CHECK(harness.established == 1);
    CHECK_FALSE(harness.connection.isEncrypted());
    CHECK_FALSE(harness.connection.mayAuthenticate()); // credentials never before TLS
    harness.socket->finishTls();                       // an encrypted() outside an upgrade means nothing
    CHECK(harness.upgraded == 0);
    CHECK_FALSE(harness.connection.isEncrypted());

    // RFC 3207 §4.2: the yes and an injected line behind it arrive together; the reader has taken them both, and
    // one more injected line is still unread in the socket when the upgrade starts.
    harness.socket->serverSends("220 go ahead\r\n250 AUTH PLAIN injected\r\n");
    CHECK(harness.read == QByteArray("220 go ahead\r\n250 AUTH PLAIN injected\r\n"));
    harness.read.clear();
    harness.autoRead = false;
    harness.socket->serverSends("250 still unread\r\n");
    harness.autoRead = true;
    harness.connection.startTls();
    CHECK(harness.socket->startTlsCalls == 1);
    CHECK(harness.connection.isUpgrading());
    CHECK(harness.connection.readAll().isEmpty());
    harness.socket->serverSends("250 during the handshake\r\n");
    CHECK(harness.read.isEmpty());
    harness.socket->finishTls();
    CHECK(harness.upgraded == 1);
    CHECK_FALSE(harness.connection.isUpgrading());
    CHECK(harness.connection.isEncrypted());
    CHECK(harness.connection.mayAuthenticate());
    harness.socket->serverSends("250 protected\r\n");
    CHECK(harness.read == QByteArray("250 protected\r\n"));
}

TEST_CASE("Plain text to this computer may carry credentials", "[net]")
{
    Harness harness;
    REQUIRE_FALSE(harness.connection.open(endpoint(SecurityMode::PlainLocal)).has_value());
    harness.socket->accept();
    CHECK_FALSE(harness.connection.isEncrypted());
    CHECK(harness.connection.mayAuthenticate());
}

TEST_CASE("A connection failure means the same in IMAP, SMTP and to the host sending a reply", "[net][reply]")
{
    const auto [error, imap, smtp, send] = GENERATE(table<ConnectionError, ImapErrorCode, SmtpErrorCode, SendError>({
        {ConnectionError::PlainNotLocal, ImapErrorCode::PlainNotAllowed, SmtpErrorCode::PlainNotAllowed,
         SendError::StartTlsMissing},
        {ConnectionError::CaFileUnreadable, ImapErrorCode::CaFileUnreadable, SmtpErrorCode::CaFileUnreadable,
         SendError::CaFileUnreadable},
        {ConnectionError::Unreachable, ImapErrorCode::Unreachable, SmtpErrorCode::Unreachable,
         SendError::CannotConnect},
        {ConnectionError::Timeout, ImapErrorCode::Timeout, SmtpErrorCode::Timeout, SendError::CannotConnect},
        {ConnectionError::TlsFailed, ImapErrorCode::TlsFailed, SmtpErrorCode::TlsFailed, SendError::TlsFailed},
        {ConnectionError::TlsUntrusted, ImapErrorCode::TlsUntrusted, SmtpErrorCode::TlsUntrusted,
         SendError::TlsUntrusted},
        {ConnectionError::Dropped, ImapErrorCode::Dropped, SmtpErrorCode::Dropped, SendError::CannotConnect},
    }));
    CHECK(imapErrorCode(error) == imap);
    CHECK(smtpErrorCode(error) == smtp);
    SmtpError smtpError;
    smtpError.code = smtp;
    CHECK(fromSmtp(smtpError, std::nullopt).code == send);
    CHECK(fromImap(ImapError{imap, QString()}, std::nullopt).code == send);
}
