// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in with an access token: AUTHENTICATE XOAUTH2/OAUTHBEARER against a real Dovecot whose oauth2 passdb asks
// our authorization server about each token, and AUTH XOAUTH2/OAUTHBEARER against aiosmtpd doing the same. A token
// the server refuses comes back with the JSON challenge, answered and turned into a clear failure; the token is
// never in an error, a log or the protocol trace.
#include "OAuthTestSupport.h"

#include "DovecotServer.h"
#include "SmtpServer.h"
#include "mail/imap/ImapSession.h"
#include "mail/net/Sasl.h"
#include "mail/net/SslMailSocket.h"
#include "mail/net/TracingMailSocket.h"
#include "mail/smtp/SmtpSession.h"

#include <QLoggingCategory>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

struct Dovecot
{
    Dovecot(const OAuthServer& oauth, const QString& mechanisms)
        : server([&] {
            DovecotServer::Options options;
            options.oauth2IntrospectionUrl = oauth.introspectionUrl();
            options.oauth2Mechanisms = mechanisms;
            return options;
        }())
    {
        DovecotServer::requireInstalled();
        const bool started = server.start();
        INFO(server.errorString().toStdString() << "\n" << server.logText().toStdString());
        REQUIRE(started);
    }
    Endpoint endpoint() const
    {
        Endpoint e;
        e.host = server.host();
        e.port = server.imapsPort();
        e.security = SecurityMode::ImplicitTls;
        e.caFile = server.certificatePath();
        e.userName = server.user();
        e.auth = MailAuth::BearerToken;
        e.timeoutMs = 10000;
        return e;
    }
    DovecotServer server;
};

ImapResult<ImapServerInfo> imapLogin(const Endpoint& endpoint, const QString& token,
                                     MailSocketFactory sockets = SslMailSocket::factory())
{
    ImapSession session(std::move(sockets));
    std::optional<ImapResult<ImapServerInfo>> result;
    session.connectToServer(endpoint, token, [&result](ImapResult<ImapServerInfo> r) { result = r; });
    REQUIRE(waitFor(result));
    if (result->ok()) {
        std::optional<ImapResult<MailboxInfo>> box;
        session.examine(QStringLiteral("INBOX"), [&box](ImapResult<MailboxInfo> r) { box = r; });
        REQUIRE(waitFor(box));
        CHECK(box->ok());
    }
    return *result;
}

struct Smtp
{
    Smtp(const OAuthServer& oauth, const QStringList& mechanisms)
        : server([&] {
            SmtpServer::Options options;
            options.introspectionUrl = oauth.introspectionUrl();
            options.bearerMechanisms = mechanisms;
            return options;
        }())
    {
        SmtpServer::requireInstalled();
        const bool started = server.start();
        INFO(server.errorString().toStdString() << "\n" << server.logText().toStdString());
        REQUIRE(started);
    }
    Endpoint endpoint() const
    {
        Endpoint e;
        e.host = server.host();
        e.port = server.port();
        e.security = SecurityMode::StartTls;
        e.caFile = server.certificatePath();
        e.userName = server.user();
        e.auth = MailAuth::BearerToken;
        e.timeoutMs = 20000;
        return e;
    }
    SmtpServer server;
};

const QByteArray s_message = "From: host@example.org\r\nTo: guest@example.jp\r\nSubject: test\r\n"
                             "Message-ID: <oauth-1@example.org>\r\n\r\nHello\r\n";

SmtpResult<SmtpReceipt> smtpSend(const Endpoint& endpoint, const QString& token)
{
    SmtpSession session(SslMailSocket::factory());
    std::optional<SmtpResult<SmtpReceipt>> result;
    session.send(endpoint, token, {QStringLiteral("host@example.org"), {QStringLiteral("guest@example.jp")}}, s_message,
                 [&result](SmtpResult<SmtpReceipt> r) { result = r; });
    REQUIRE(waitFor(result, 30000));
    return *result;
}

} // namespace

TEST_CASE("IMAP: Dovecot's oauth2 passdb accepts the token with XOAUTH2 and with OAUTHBEARER", "[oauth][imap]")
{
    StartedOAuthServer oauth;
    SystemClock clock;
    const OAuthTokens tokens = signIn(oauth.server, clock);
    for (const QString& mechanisms : {QStringLiteral("xoauth2"), QStringLiteral("xoauth2 oauthbearer")}) {
        Dovecot dovecot(oauth.server, mechanisms);
        const ImapResult<ImapServerInfo> login = imapLogin(dovecot.endpoint(), tokens.accessToken);
        INFO(mechanisms.toStdString() << ": " << login.error().detail.toStdString() << "\n"
                                      << dovecot.server.logText().toStdString());
        CHECK(login.ok());
    }
    // Dovecot asked our server about the token each time (RFC 7662 introspection, POST).
    CHECK(oauth.server.stats().value(QStringLiteral("introspections")).toInt() >= 2);
}

TEST_CASE("IMAP: a token the server refuses is AuthenticationFailed with its reason, the token nowhere",
          "[oauth][imap]")
{
    StartedOAuthServer oauth;
    SystemClock clock;
    const OAuthTokens tokens = signIn(oauth.server, clock);
    REQUIRE(oauth.server.expireAccessTokens());
    Dovecot dovecot(oauth.server, QStringLiteral("xoauth2 oauthbearer"));

    // Everything the IMAP code logs, the redacted protocol trace included.
    static QStringList logged;
    logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("tsunagu.*.debug=true"));
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& message) { logged << message; });
    const ImapResult<ImapServerInfo> login =
        imapLogin(dovecot.endpoint(), tokens.accessToken, TracingMailSocket::wrap(SslMailSocket::factory()));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    REQUIRE_FALSE(login.ok());
    CHECK(login.error().code == ImapErrorCode::AuthenticationFailed);
    // The JSON challenge was answered and read: Dovecot's reason is in the detail, in words.
    CHECK(login.error().detail.contains(QStringLiteral("refused the access token")));
    CHECK_FALSE(login.error().detail.contains(tokens.accessToken));
    const QString all = logged.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("AUTHENTICATE OAUTHBEARER <credentials>")));
    CHECK_FALSE(all.contains(tokens.accessToken));
    // Nor the SASL response that carries it.
    const auto response = sasl::bearerInitialResponse(SaslMechanism::OAuthBearer, dovecot.server.user(),
                                                      tokens.accessToken, dovecot.endpoint());
    REQUIRE(response);
    CHECK_FALSE(all.contains(QString::fromLatin1(response->toBase64())));
}

TEST_CASE("SMTP: aiosmtpd accepts the token with XOAUTH2 and with OAUTHBEARER", "[oauth][smtp]")
{
    StartedOAuthServer oauth;
    SystemClock clock;
    const OAuthTokens tokens = signIn(oauth.server, clock);
    for (const QStringList& mechanisms : {QStringList{QStringLiteral("XOAUTH2")},
                                          QStringList{QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")}}) {
        Smtp smtp(oauth.server, mechanisms);
        const SmtpResult<SmtpReceipt> sent = smtpSend(smtp.endpoint(), tokens.accessToken);
        INFO(mechanisms.join(QLatin1Char(' ')).toStdString()
             << ": " << (sent.ok() ? std::string() : sent.error().detail.toStdString()) << "\n"
             << smtp.server.logText().toStdString());
        REQUIRE(sent.ok());
        REQUIRE(smtp.server.messages().size() == 1);
        CHECK(smtp.server.messages().first().bytes == s_message);
    }
}

TEST_CASE("SMTP: a refused token is AuthFailed with the server's JSON reason and nothing is sent", "[oauth][smtp]")
{
    StartedOAuthServer oauth;
    SystemClock clock;
    const OAuthTokens tokens = signIn(oauth.server, clock);
    REQUIRE(oauth.server.expireAccessTokens());
    Smtp smtp(oauth.server, {QStringLiteral("XOAUTH2")});
    const SmtpResult<SmtpReceipt> sent = smtpSend(smtp.endpoint(), tokens.accessToken);
    REQUIRE_FALSE(sent.ok());
    INFO(sent.error().detail.toStdString());
    CHECK(sent.error().code == SmtpErrorCode::AuthFailed);
    CHECK(sent.error().replyCode == 535);
    CHECK(sent.error().detail.contains(QStringLiteral("status 401")));
    CHECK_FALSE(sent.error().detail.contains(tokens.accessToken));
    CHECK(smtp.server.messages().isEmpty());
}

TEST_CASE("A server without a bearer mechanism is refused before the token leaves", "[oauth][imap]")
{
    DovecotServer::requireInstalled();
    DovecotServer plain; // passwords only
    REQUIRE(plain.start());
    Endpoint e;
    e.host = plain.host();
    e.port = plain.imapsPort();
    e.caFile = plain.certificatePath();
    e.userName = plain.user();
    e.auth = MailAuth::BearerToken;
    const ImapResult<ImapServerInfo> login = imapLogin(e, QStringLiteral("at-never-sent"));
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().code == ImapErrorCode::Refused);
    CHECK(login.error().detail.contains(QStringLiteral("XOAUTH2")));
}
