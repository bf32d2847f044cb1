// SPDX-License-Identifier: GPL-3.0-or-later
// What SmtpSession refuses before connecting, certificate decisions with the fake socket, abort and busy.
#include "FakeMailSocket.h"
#include "SmtpTranscript.h"
#include "TestCertificate.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QPointer>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::test;
using namespace tsunagu::test::smtpscript;

namespace {

QSslCertificate testCertificate()
{
    return pemCertificate(QStringLiteral(TSUNAGU_IMAP_TEST_DATA "/certs/test-leaf.pem"));
}

struct Harness
{
    QPointer<FakeMailSocket> socket;
    int sockets = 0;
    SmtpSession session{FakeMailSocket::factory(socket, sockets)};
    std::optional<SmtpResult<SmtpReceipt>> result;
    int calls = 0;

    void send(const Endpoint& endpoint, const SmtpEnvelope& envelope)
    {
        session.send(endpoint, QStringLiteral("pw-never-shown"), envelope, "Subject: x\r\n\r\ny\r\n",
                     [this](SmtpResult<SmtpReceipt> r) {
                         result = r;
                         ++calls;
                     });
    }
    bool waitForResult()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 5000);
    }
};

const QString kFrom = QStringLiteral("host@example.org");
const QString kGuest = QStringLiteral("guest@example.jp");

} // namespace

TEST_CASE("A sender or recipient with CR or LF is refused before anything is sent", "[smtp][session]")
{
    SECTION("recipient")
    {
        Harness harness;
        const QString injected = QStringLiteral("guest@example.jp>\r\nRCPT TO:<spy@example.org");
        harness.send(testEndpoint(), {kFrom, {kGuest, injected}});
        CHECK(harness.result == std::nullopt); // never from inside send()
        REQUIRE(harness.waitForResult());
        REQUIRE_FALSE(harness.result->ok());
        CHECK(harness.result->error().code == SmtpErrorCode::RecipientRejected);
        CHECK(harness.result->error().recipient == injected);
        CHECK(harness.result->error().replyCode == 0);
        CHECK(harness.sockets == 0);
    }
    SECTION("sender")
    {
        Harness harness;
        harness.send(testEndpoint(), {QStringLiteral("host@example.org\nDATA"), {kGuest}});
        REQUIRE(harness.waitForResult());
        CHECK(harness.result->error().code == SmtpErrorCode::SenderRejected);
        CHECK(harness.sockets == 0);
    }
    SECTION("no recipient at all")
    {
        Harness harness;
        harness.send(testEndpoint(), {kFrom, {}});
        REQUIRE(harness.waitForResult());
        CHECK(harness.result->error().code == SmtpErrorCode::RecipientRejected);
        CHECK(harness.sockets == 0);
    }
}

TEST_CASE("PlainLocal towards another computer is refused before connecting", "[smtp][session]")
{
    Harness harness;
    Endpoint endpoint = testEndpoint(SecurityMode::PlainLocal);
    endpoint.host = QStringLiteral("smtp.example.org");
    harness.send(endpoint, {kFrom, {kGuest}});
    REQUIRE(harness.waitForResult());
    CHECK(harness.result->error().code == SmtpErrorCode::PlainNotAllowed);
    CHECK(harness.sockets == 0);
}

TEST_CASE("An unreadable CA file is its own error, before connecting", "[smtp][session][tls]")
{
    // The account's trusted certificate file was moved or deleted: the host must fix the account, which a
    // generic "TLS failed" would not tell them.
    Harness harness;
    Endpoint endpoint = testEndpoint();
    endpoint.caFile = QStringLiteral("/nonexistent/ca.pem");
    harness.send(endpoint, {kFrom, {kGuest}});
    REQUIRE(harness.waitForResult());
    CHECK(harness.result->error().code == SmtpErrorCode::CaFileUnreadable);
    CHECK(harness.result->error().detail.contains(QStringLiteral("/nonexistent/ca.pem")));
    CHECK_FALSE(harness.session.isBusy());
    CHECK(harness.sockets == 0);
}

TEST_CASE("An untrusted certificate stops the delivery with what the UI shows", "[smtp][tls]")
{
    const QSslCertificate certificate = testCertificate();
    Harness harness;
    harness.send(testEndpoint(), {kFrom, {kGuest}});
    REQUIRE(harness.socket);
    CHECK(harness.socket->implicitTls);
    CHECK(harness.socket->port == 465);
    harness.socket->peer = certificate;
    harness.socket->presentTlsErrors({QSslError(QSslError::SelfSignedCertificate, certificate),
                                      QSslError(QSslError::HostNameMismatch, certificate)});
    REQUIRE(harness.waitForResult());
    REQUIRE_FALSE(harness.result->ok());
    CHECK(harness.result->error().code == SmtpErrorCode::TlsUntrusted);
    REQUIRE(harness.socket);
    CHECK(harness.socket->aborted);
    CHECK(harness.socket->written.isEmpty());
    CHECK(QTest::qWaitFor([&harness] { return harness.socket.isNull(); }, 2000)); // released
    REQUIRE(harness.session.rejectedCertificate().has_value());
    const CertificateInfo& info = *harness.session.rejectedCertificate();
    CHECK(info.sha256 == QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256));
    CHECK(info.problems.size() == 2);
    CHECK_FALSE(harness.session.isBusy());
}

TEST_CASE("A pinned leaf is trusted by ignoring exactly its errors", "[smtp][tls]")
{
    const QSslCertificate certificate = testCertificate();
    Harness harness;
    Endpoint endpoint = testEndpoint();
    endpoint.pinnedSha256 = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    harness.send(endpoint, {kFrom, {kGuest}});
    REQUIRE(harness.socket);
    harness.socket->peer = certificate;
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, certificate)};
    harness.socket->presentTlsErrors(errors);
    CHECK(harness.socket->ignored == errors);
    harness.socket->accept();
    harness.socket->serverSends("220 smtp.example.org ESMTP\r\n");
    CHECK(harness.socket->written == QByteArray("EHLO [127.0.0.1]\r\n"));
    CHECK_FALSE(harness.result.has_value());
    CHECK_FALSE(harness.session.rejectedCertificate().has_value());
}

TEST_CASE("abort() cancels the delivery at once and a second send while busy is refused", "[smtp][session]")
{
    Harness harness;
    harness.send(testEndpoint(), {kFrom, {kGuest}});
    REQUIRE(harness.socket);
    CHECK(harness.session.isBusy());

    std::optional<SmtpResult<SmtpReceipt>> second;
    harness.session.send(testEndpoint(), QStringLiteral("pw"), {kFrom, {kGuest}}, "x\r\n",
                         [&second](SmtpResult<SmtpReceipt> r) { second = r; });
    REQUIRE(QTest::qWaitFor([&second] { return second.has_value(); }, 2000));
    CHECK(second->error().code == SmtpErrorCode::Protocol);
    CHECK(harness.sockets == 1);
    CHECK_FALSE(harness.result.has_value()); // the first delivery goes on

    harness.socket->accept();
    harness.socket->serverSends("220 smtp.example.org ESMTP\r\n");
    harness.session.abort();
    REQUIRE(harness.result.has_value());
    CHECK(harness.result->error().code == SmtpErrorCode::Cancelled);
    CHECK(harness.calls == 1);
    REQUIRE(harness.socket);
    CHECK(harness.socket->aborted);
    CHECK_FALSE(harness.session.isBusy());
    // Nothing after the abort reaches the callback again.
    harness.socket->serverSends("250 smtp.example.org\r\n");
    harness.socket->drop();
    CHECK(harness.calls == 1);
}

TEST_CASE("The connection failing before it stands is Unreachable, a broken handshake TlsFailed", "[smtp][session]")
{
    {
        Harness harness;
        harness.send(testEndpoint(), {kFrom, {kGuest}});
        REQUIRE(harness.socket);
        harness.socket->drop(MailSocket::Failure::Unreachable);
        REQUIRE(harness.result.has_value());
        CHECK(harness.result->error().code == SmtpErrorCode::Unreachable);
    }
    {
        Harness harness;
        harness.send(testEndpoint(), {kFrom, {kGuest}});
        REQUIRE(harness.socket);
        harness.socket->drop(MailSocket::Failure::TlsFailed);
        REQUIRE(harness.result.has_value());
        CHECK(harness.result->error().code == SmtpErrorCode::TlsFailed);
    }
}

TEST_CASE("The session can deliver again after a delivery", "[smtp][session]")
{
    Harness harness;
    Endpoint endpoint = testEndpoint();
    endpoint.userName.clear();
    for (int round = 0; round < 2; ++round) {
        harness.result.reset();
        harness.send(endpoint, {kFrom, {kGuest}});
        REQUIRE(harness.socket);
        FakeMailSocket* socket = harness.socket;
        socket->accept();
        for (const char* reply : {"220 hi\r\n", "250 hi\r\n", "250 ok\r\n", "250 ok\r\n", "354 go\r\n", "250 done\r\n"})
            socket->serverSends(reply);
        REQUIRE(harness.result.has_value());
        CHECK(harness.result->ok());
        CHECK(socket->written.endsWith("QUIT\r\n"));
        // No 221 this time: the next send() closes the waiting connection itself.
    }
    CHECK(harness.sockets == 2);
    CHECK(harness.calls == 2);
}
