// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession against a real aiosmtpd started by the fixture (STYLE.md §18). Without /usr/bin/python3 and
// aiosmtpd these tests are reported as skipped, or fail under CI=true (CI installs python3-aiosmtpd).
#include "SmtpServer.h"
#include "mail/net/SslMailSocket.h"
#include "mail/smtp/SmtpEncoder.h"
#include "mail/smtp/SmtpSession.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::SmtpServer;

namespace {

struct Server
{
    explicit Server(SmtpServer::Options options = {})
        : smtp(options)
    {
        SmtpServer::requireInstalled();
        const bool started = smtp.start();
        INFO(smtp.errorString().toStdString() << "\n" << smtp.logText().toStdString());
        REQUIRE(started);
    }

    Endpoint endpoint() const
    {
        Endpoint e;
        e.host = smtp.host();
        e.port = smtp.port();
        switch (smtp.security()) {
        case SmtpServer::Security::Plain:
            e.security = SecurityMode::PlainLocal;
            break;
        case SmtpServer::Security::StartTls:
            e.security = SecurityMode::StartTls;
            e.caFile = smtp.certificatePath();
            break;
        case SmtpServer::Security::ImplicitTls:
            e.security = SecurityMode::ImplicitTls;
            e.caFile = smtp.certificatePath();
            break;
        }
        e.userName = smtp.user();
        e.timeoutMs = 20000;
        return e;
    }

    SmtpServer smtp;
};

SmtpServer::Options withSecurity(SmtpServer::Security security)
{
    SmtpServer::Options options;
    options.security = security;
    return options;
}

SmtpResult<SmtpReceipt> deliver(SmtpSession& session, const Endpoint& endpoint, const QString& password,
                                const SmtpEnvelope& envelope, const QByteArray& message)
{
    std::optional<SmtpResult<SmtpReceipt>> result;
    session.send(endpoint, password, envelope, message, [&result](SmtpResult<SmtpReceipt> r) { result = r; });
    REQUIRE(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
    return *result;
}

std::string describe(const SmtpResult<SmtpReceipt>& result)
{
    if (result)
        return "sent: " + result->serverReply.toStdString();
    return "error " + std::to_string(int(result.error().code)) + " " + std::to_string(result.error().replyCode) + " " +
           result.error().detail.toStdString();
}

const QString kFrom = QStringLiteral("host@example.org");
const QString kGuest = QStringLiteral("guest@example.jp");

// Lines that must be dot-stuffed, bare LFs and a bare CR, and no final line break.
const QByteArray kMessage = "From: Host <host@example.org>\r\nTo: guest@example.jp\r\nSubject: =?UTF-8?B?44GC?=\r\n"
                            "Message-ID: <smtp-test-1@example.org>\r\n\r\nfirst line\n.\n.hidden\r..two\r\nlast";

} // namespace

TEST_CASE("Delivery over STARTTLS with AUTH: the server receives exactly the message", "[smtp][server]")
{
    Server server;
    SmtpSession session(SslMailSocket::factory());
    const SmtpResult<SmtpReceipt> result =
        deliver(session, server.endpoint(), server.smtp.password(), {kFrom, {kGuest}}, kMessage);
    INFO(describe(result) << "\n" << server.smtp.logText().toStdString());
    REQUIRE(result.ok());
    CHECK(result->accepted == QStringList{kGuest});
    CHECK(result->serverReply == QStringLiteral("Ok: queued as TEST000001"));

    const QList<SmtpServer::Message> messages = server.smtp.messages();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].mailFrom == kFrom);
    CHECK(messages[0].rcptTos == QStringList{kGuest});
    // After the server removed the stuffing, the bytes are the message with CRLF line ends, nothing more or less.
    CHECK(messages[0].bytes.toStdString() == SmtpEncoder::normaliseLineEnds(kMessage).toStdString());
    CHECK(messages[0].bytes.contains("\r\n.\r\n.hidden\r\n..two\r\nlast\r\n"));
    // SIZE was announced, so it was given (RFC 1870), and it was exact.
    CHECK(messages[0].mailOptions.contains(QStringLiteral("SIZE=%1").arg(messages[0].bytes.size())));
}

TEST_CASE("Delivery over implicit TLS", "[smtp][server]")
{
    Server server(withSecurity(SmtpServer::Security::ImplicitTls));
    SmtpSession session(SslMailSocket::factory());
    const SmtpResult<SmtpReceipt> result =
        deliver(session, server.endpoint(), server.smtp.password(), {kFrom, {kGuest}}, kMessage);
    INFO(describe(result) << "\n" << server.smtp.logText().toStdString());
    REQUIRE(result.ok());
    const QList<SmtpServer::Message> messages = server.smtp.messages();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].bytes == SmtpEncoder::normaliseLineEnds(kMessage));
}

TEST_CASE("A wrong password is AuthFailed at once, without the password in the error", "[smtp][server]")
{
    Server server;
    SmtpSession session(SslMailSocket::factory());
    const QString wrong = QStringLiteral("not the right one 9");
    QElapsedTimer timer;
    timer.start();
    const SmtpResult<SmtpReceipt> result = deliver(session, server.endpoint(), wrong, {kFrom, {kGuest}}, kMessage);
    INFO(describe(result));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == SmtpErrorCode::AuthFailed);
    CHECK(result.error().replyCode == 535);
    CHECK(result.error().enhancedStatus == QStringLiteral("5.7.8"));
    CHECK_FALSE(result.error().detail.contains(wrong));
    // Far below the 20 s timeout: the server answered and we did not wait for nothing.
    CHECK(timer.elapsed() < 5000);
    CHECK(server.smtp.messages().isEmpty());
}

TEST_CASE("An untrusted certificate is TlsUntrusted with what the UI shows, a pin makes it work", "[smtp][server]")
{
    for (const SmtpServer::Security security : {SmtpServer::Security::StartTls, SmtpServer::Security::ImplicitTls}) {
        Server server(withSecurity(security));
        SmtpSession session(SslMailSocket::factory());
        Endpoint endpoint = server.endpoint();
        endpoint.caFile.clear();
        const SmtpResult<SmtpReceipt> untrusted =
            deliver(session, endpoint, server.smtp.password(), {kFrom, {kGuest}}, kMessage);
        INFO(describe(untrusted));
        REQUIRE_FALSE(untrusted.ok());
        CHECK(untrusted.error().code == SmtpErrorCode::TlsUntrusted);
        REQUIRE(session.rejectedCertificate().has_value());
        const CertificateInfo& info = *session.rejectedCertificate();
        CHECK(info.sha256 == server.smtp.certificateSha256());
        CHECK(info.subject.contains(QStringLiteral("localhost")));
        CHECK_FALSE(info.problems.isEmpty());
        CHECK(server.smtp.messages().isEmpty());

        // The host pins what it was shown; the same session delivers.
        endpoint.pinnedSha256 = info.sha256;
        const SmtpResult<SmtpReceipt> pinned =
            deliver(session, endpoint, server.smtp.password(), {kFrom, {kGuest}}, kMessage);
        INFO(describe(pinned));
        CHECK(pinned.ok());
        CHECK_FALSE(session.rejectedCertificate().has_value());
        CHECK(server.smtp.messages().size() == 1);
    }
}

TEST_CASE("Plain text to 127.0.0.1 with PlainLocal", "[smtp][server]")
{
    Server server(withSecurity(SmtpServer::Security::Plain));
    SmtpSession session(SslMailSocket::factory());
    const SmtpResult<SmtpReceipt> result =
        deliver(session, server.endpoint(), server.smtp.password(), {kFrom, {kGuest}}, kMessage);
    INFO(describe(result) << "\n" << server.smtp.logText().toStdString());
    REQUIRE(result.ok());
    REQUIRE(server.smtp.messages().size() == 1);
    CHECK(server.smtp.messages()[0].bytes == SmtpEncoder::normaliseLineEnds(kMessage));
}

TEST_CASE("Two recipients in one delivery, one message after another on one session", "[smtp][server]")
{
    Server server;
    SmtpSession session(SslMailSocket::factory());
    const QStringList recipients{kGuest, QStringLiteral("second.guest@example.jp")};
    const SmtpResult<SmtpReceipt> first =
        deliver(session, server.endpoint(), server.smtp.password(), {kFrom, recipients}, kMessage);
    INFO(describe(first));
    REQUIRE(first.ok());
    CHECK(first->accepted == recipients);
    const SmtpResult<SmtpReceipt> second = deliver(session, server.endpoint(), server.smtp.password(),
                                                   {kFrom, {kGuest}}, "Subject: second\r\n\r\nhello\r\n");
    INFO(describe(second));
    REQUIRE(second.ok());
    CHECK(second->serverReply == QStringLiteral("Ok: queued as TEST000002"));

    const QList<SmtpServer::Message> messages = server.smtp.messages();
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].rcptTos == recipients);
    CHECK(messages[1].rcptTos == QStringList{kGuest});
    CHECK(messages[1].bytes == QByteArray("Subject: second\r\n\r\nhello\r\n"));
}

TEST_CASE("Over the server's SIZE: refused before anything is sent", "[smtp][server]")
{
    SmtpServer::Options options;
    options.sizeLimit = 1000;
    Server server(options);
    SmtpSession session(SslMailSocket::factory());
    const QByteArray big = "Subject: big\r\n\r\n" + QByteArray(2000, 'x') + "\r\n";
    const SmtpResult<SmtpReceipt> result =
        deliver(session, server.endpoint(), server.smtp.password(), {kFrom, {kGuest}}, big);
    INFO(describe(result));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == SmtpErrorCode::MessageTooBig);
    CHECK(server.smtp.messages().isEmpty());
}

TEST_CASE("A server that is not there is Unreachable", "[smtp][server]")
{
    quint16 port = 0;
    {
        // A port that was free a moment ago and that nothing listens on now.
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SmtpSession session(SslMailSocket::factory());
    Endpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = port;
    endpoint.security = SecurityMode::PlainLocal;
    endpoint.timeoutMs = 20000;
    const SmtpResult<SmtpReceipt> result = deliver(session, endpoint, QString(), {kFrom, {kGuest}}, kMessage);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == SmtpErrorCode::Unreachable);
}
