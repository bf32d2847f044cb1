// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate decisions, refusals before connecting, and timeouts, with the fake socket.
#include "FakeMailSocket.h"
#include "ImapTranscript.h"
#include "TestCertificate.h"
#include "common/LocalHost.h"
#include "mail/net/TlsPolicy.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

QSslCertificate testCertificate()
{
    return pemCertificate(QStringLiteral(TSUNAGU_IMAP_TEST_DATA "/certs/test-leaf.pem"));
}

struct Harness
{
    QPointer<FakeMailSocket> socket;
    int sockets = 0;
    ImapSession session{FakeMailSocket::factory(socket, sockets)};
    std::optional<ImapResult<ImapServerInfo>> result;

    void connect(const Endpoint& endpoint)
    {
        session.connectToServer(endpoint, QStringLiteral("pw"), [this](ImapResult<ImapServerInfo> r) { result = r; });
    }
    bool waitForResult()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 5000);
    }
};

} // namespace

TEST_CASE("An untrusted certificate stops the connection with what the UI shows", "[imap][tls]")
{
    const QSslCertificate certificate = testCertificate();
    Harness harness;
    harness.connect(testEndpoint());
    REQUIRE(harness.socket);
    harness.socket->peer = certificate;
    harness.socket->presentTlsErrors({QSslError(QSslError::SelfSignedCertificate, certificate),
                                      QSslError(QSslError::HostNameMismatch, certificate)});
    REQUIRE(harness.waitForResult());
    REQUIRE_FALSE(harness.result->ok());
    CHECK(harness.result->error().code == ImapErrorCode::TlsUntrusted);
    REQUIRE(harness.socket);
    CHECK(harness.socket->aborted);
    CHECK(harness.socket->written.isEmpty()); // not one byte, least of all credentials
    CHECK(QTest::qWaitFor([&harness] { return harness.socket.isNull(); }, 2000)); // released
    CHECK(harness.session.state() == ImapSession::State::Disconnected);
    REQUIRE(harness.session.rejectedCertificate().has_value());
    const CertificateInfo& info = *harness.session.rejectedCertificate();
    CHECK(info.sha256 == QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256));
    CHECK(info.subject.contains(QStringLiteral("CN=imap.test.invalid")));
    CHECK(info.issuer.contains(QStringLiteral("O=Tsunagu Tests")));
    CHECK(info.problems.size() == 2);
    CHECK(info.pem.startsWith("-----BEGIN CERTIFICATE-----"));
    CHECK(info.notAfter > info.notBefore);
    CHECK(info.fingerprintText().count(QLatin1Char(':')) == 31);
}

TEST_CASE("A pinned leaf is trusted by ignoring exactly its errors", "[imap][tls]")
{
    const QSslCertificate certificate = testCertificate();
    Endpoint endpoint = testEndpoint();
    endpoint.pinnedSha256 = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    Harness harness;
    harness.connect(endpoint);
    REQUIRE(harness.socket);
    harness.socket->peer = certificate;
    const QList<QSslError> errors = {QSslError(QSslError::SelfSignedCertificate, certificate),
                                     QSslError(QSslError::HostNameMismatch, certificate)};
    harness.socket->presentTlsErrors(errors);
    CHECK(harness.socket->ignored == errors);
    harness.socket->accept();
    harness.socket->serverSends("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi\r\n");
    CHECK(harness.socket->written.startsWith("A1 AUTHENTICATE PLAIN "));
    harness.socket->serverSends("A1 OK [CAPABILITY IMAP4rev1] in\r\n");
    REQUIRE(harness.waitForResult());
    CHECK(harness.result->ok());
}

TEST_CASE("TLS policy: pins, revoked certificates and other certificates' errors", "[imap][tls]")
{
    const QSslCertificate certificate = testCertificate();
    Endpoint endpoint = testEndpoint();
    endpoint.pinnedSha256 = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    const auto policy = TlsPolicy::forEndpoint(endpoint);
    REQUIRE(policy.ok());
    SECTION("a revoked pinned certificate is still refused")
    {
        const auto verdict = policy->evaluate({QSslError(QSslError::CertificateRevoked, certificate)}, certificate);
        CHECK_FALSE(verdict.trusted);
        CHECK(verdict.errorsToIgnore.isEmpty());
    }
    SECTION("a wrong pin trusts nothing")
    {
        Endpoint other = endpoint;
        other.pinnedSha256 = QByteArray(32, 'x');
        const auto verdict = TlsPolicy::forEndpoint(other)->evaluate(
            {QSslError(QSslError::SelfSignedCertificate, certificate)}, certificate);
        CHECK_FALSE(verdict.trusted);
        CHECK(verdict.certificate.sha256 == endpoint.pinnedSha256);
    }
    SECTION("an unreadable CA file is an error, not silently no extra CA")
    {
        Endpoint broken = endpoint;
        broken.caFile = QStringLiteral("/nonexistent/ca.pem");
        CHECK_FALSE(TlsPolicy::forEndpoint(broken).ok());
    }
    SECTION("an extra CA file is added to the system CAs")
    {
        Endpoint withCa = testEndpoint();
        withCa.caFile = QStringLiteral(TSUNAGU_IMAP_TEST_DATA "/certs/test-leaf.pem");
        const auto withCaPolicy = TlsPolicy::forEndpoint(withCa);
        REQUIRE(withCaPolicy.ok());
        CHECK(withCaPolicy->configuration().caCertificates().contains(certificate));
        CHECK(withCaPolicy->configuration().peerVerifyMode() == QSslSocket::VerifyPeer);
    }
    CHECK(isLocalHost(QStringLiteral("127.0.0.1")));
    CHECK(isLocalHost(QStringLiteral("::1")));
    CHECK(isLocalHost(QStringLiteral("LOCALHOST")));
    CHECK_FALSE(isLocalHost(QStringLiteral("127.0.0.1.example.org")));
    CHECK_FALSE(isLocalHost(QStringLiteral("10.0.0.1")));
    CHECK_FALSE(isLocalHost(QStringLiteral("127.0.0.2")));
}

TEST_CASE("An unreadable CA file is its own error, before connecting", "[imap][tls]")
{
    Harness harness;
    Endpoint endpoint = testEndpoint();
    endpoint.caFile = QStringLiteral("/nonexistent/ca.pem");
    harness.connect(endpoint);
    REQUIRE(harness.waitForResult());
    REQUIRE_FALSE(harness.result->ok());
    CHECK(harness.result->error().code == ImapErrorCode::CaFileUnreadable);
    CHECK(harness.result->error().detail.contains(QStringLiteral("/nonexistent/ca.pem")));
    CHECK(harness.session.state() == ImapSession::State::Disconnected);
    CHECK(harness.sockets == 0);
}

TEST_CASE("PlainLocal towards another host is refused before connecting", "[imap][tls]")
{
    Endpoint endpoint = testEndpoint(SecurityMode::PlainLocal);
    endpoint.host = QStringLiteral("mail.example.org");
    Harness harness;
    harness.connect(endpoint);
    REQUIRE(harness.waitForResult());
    REQUIRE_FALSE(harness.result->ok());
    CHECK(harness.result->error().code == ImapErrorCode::PlainNotAllowed);
    CHECK(harness.sockets == 0);
}

TEST_CASE("No greeting within the timeout is Timeout, an unreachable host is Unreachable", "[imap][tls]")
{
    SECTION("timeout")
    {
        Endpoint endpoint = testEndpoint();
        endpoint.timeoutMs = 50;
        Harness harness;
        harness.connect(endpoint);
        harness.socket->accept();
        REQUIRE(harness.waitForResult());
        CHECK(harness.result->error().code == ImapErrorCode::Timeout);
    }
    SECTION("unreachable")
    {
        Harness harness;
        harness.connect(testEndpoint());
        harness.socket->drop(MailSocket::Failure::Unreachable);
        REQUIRE(harness.waitForResult());
        CHECK(harness.result->error().code == ImapErrorCode::Unreachable);
    }
    SECTION("calls before connecting are NotConnected, delivered later, not inside the call")
    {
        Harness harness;
        bool called = false;
        harness.session.noop([&called](ImapDone r) {
            called = true;
            CHECK(r.error().code == ImapErrorCode::NotConnected);
        });
        CHECK_FALSE(called);
        CHECK(QTest::qWaitFor([&called] { return called; }, 2000));
    }
}
