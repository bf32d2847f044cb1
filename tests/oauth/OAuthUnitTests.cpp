// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of "Sign in with …" that need no server: PKCE, the SASL bytes, the providers as data, the token record.
#include "mail/net/Sasl.h"
#include "oauth/OAuthProvider.h"
#include "oauth/OAuthTokens.h"
#include "oauth/Pkce.h"

#include <catch2/catch.hpp>

#include <cctype>

using namespace tsunagu;

TEST_CASE("PKCE: S256 of the verifier as RFC 7636 Appendix B computes it, fresh values every time", "[oauth]")
{
    CHECK(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") ==
          "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    const Pkce first = Pkce::generate();
    const Pkce second = Pkce::generate();
    CHECK(first.verifier.size() == 43); // RFC 7636 §4.1: 43 to 128 characters
    CHECK(first.verifier != second.verifier);
    CHECK(first.challenge == Pkce::challengeFor(first.verifier));
    for (const char c : first.verifier)
        CHECK((std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'));
    CHECK(randomUrlSafeToken() != randomUrlSafeToken());
}

TEST_CASE("SASL: the exact initial responses of XOAUTH2 and OAUTHBEARER", "[oauth][sasl]")
{
    Endpoint endpoint;
    endpoint.host = QStringLiteral("imap.example.org");
    endpoint.port = 993;
    const auto xoauth2 = sasl::bearerInitialResponse(SaslMechanism::XOAuth2, QStringLiteral("room-d@example.org"),
                                                     QStringLiteral("ya29.token"), endpoint);
    REQUIRE(xoauth2);
    CHECK(*xoauth2 == QByteArray("user=room-d@example.org\x01"
                                 "auth=Bearer ya29.token\x01\x01"));
    const auto bearer = sasl::bearerInitialResponse(SaslMechanism::OAuthBearer, QStringLiteral("a,b=c@example.org"),
                                                    QStringLiteral("tok"), endpoint);
    REQUIRE(bearer);
    // RFC 7628 §3.1 with the gs2 escapes of RFC 5801 for ',' and '='.
    CHECK(*bearer == QByteArray("n,a=a=2Cb=3Dc@example.org,\x01host=imap.example.org\x01port=993\x01"
                                "auth=Bearer tok\x01\x01"));
    // A control character would end a field early: refused, nothing to send.
    CHECK_FALSE(sasl::bearerInitialResponse(SaslMechanism::XOAuth2, QStringLiteral("u@example.org"),
                                            QStringLiteral("tok\x01user=other"), endpoint));
    CHECK_FALSE(sasl::bearerInitialResponse(SaslMechanism::XOAuth2, QStringLiteral("u@example.org\r\nX"),
                                            QStringLiteral("tok"), endpoint));

    const auto offered = [](const QList<QByteArray>& names) {
        return [names](const QByteArray& name) {
            return names.contains(name);
        };
    };
    CHECK(sasl::bearerMechanism(offered({"PLAIN", "XOAUTH2"})) == SaslMechanism::XOAuth2);
    CHECK(sasl::bearerMechanism(offered({"XOAUTH2", "OAUTHBEARER"})) == SaslMechanism::OAuthBearer);
    CHECK_FALSE(sasl::bearerMechanism(offered({"PLAIN", "LOGIN"})));
    CHECK(sasl::bearerErrorAcknowledgement(SaslMechanism::OAuthBearer) == QByteArray("\x01"));
    CHECK(sasl::bearerErrorAcknowledgement(SaslMechanism::XOAuth2).isEmpty());

    const QByteArray challenge = QByteArray(R"({"status":"401","schemes":"bearer","scope":"mail"})").toBase64();
    CHECK(sasl::describeBearerChallenge(challenge) ==
          QStringLiteral("the server refused the access token (status 401, scope mail)"));
    CHECK(sasl::describeBearerChallenge("not base64 at all!").contains(QStringLiteral("unreadable")));
}

TEST_CASE("Providers are data: Microsoft's and Google's addresses, what a missing client ID says", "[oauth]")
{
    OAuthClientIds ids;
    ids.microsoft = QStringLiteral("00000000-0000-0000-0000-000000000001");
    OAuthSettings microsoft;
    microsoft.provider = QStringLiteral("microsoft");
    const auto ms = resolveOAuth(microsoft, ids);
    REQUIRE(ms.ok());
    CHECK(ms->authorizeUrl.host() == QStringLiteral("login.microsoftonline.com"));
    CHECK(ms->scopes.split(QLatin1Char(' '))
              .contains(QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All")));
    CHECK(ms->scopes.contains(QStringLiteral("https://outlook.office.com/SMTP.Send")));
    CHECK(ms->scopes.contains(QStringLiteral("offline_access")));
    CHECK(ms->redirectHost == QStringLiteral("localhost"));
    CHECK(ms->clientId == ids.microsoft);
    // The account's own client ID wins over the built-in one.
    microsoft.clientId = QStringLiteral("own-id");
    CHECK(resolveOAuth(microsoft, ids)->clientId == QStringLiteral("own-id"));

    OAuthSettings google;
    google.provider = QStringLiteral("google");
    const auto missing = resolveOAuth(google, ids);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == OAuthError::ClientIdMissing);
    CHECK(missing.error().detail.contains(QStringLiteral("TSUNAGU_OAUTH_GOOGLE_CLIENT_ID")));
    ids.google = QStringLiteral("g.apps.googleusercontent.com");
    const auto g = resolveOAuth(google, ids);
    REQUIRE(g.ok());
    CHECK(g->scopes == QStringLiteral("https://mail.google.com/"));

    OAuthSettings custom;
    custom.provider = QStringLiteral("custom");
    custom.clientId = QStringLiteral("c");
    custom.authorizeUrl = QStringLiteral("http://login.example.org/authorize");
    custom.tokenUrl = QStringLiteral("https://login.example.org/token");
    // Codes and tokens never travel without TLS, except to this computer.
    CHECK(resolveOAuth(custom, ids).error().code == OAuthError::InsecureEndpoint);
    custom.authorizeUrl = QStringLiteral("http://127.0.0.1:8080/authorize");
    CHECK(resolveOAuth(custom, ids).ok());
    custom.provider = QStringLiteral("yahoo");
    CHECK(resolveOAuth(custom, ids).error().code == OAuthError::Refused);

    MailAccount account;
    REQUIRE(applyOAuthServers(QStringLiteral("microsoft"), account));
    CHECK(account.imapHost == QStringLiteral("outlook.office365.com"));
    CHECK(account.imapPort == 993);
    CHECK(account.smtpHost == QStringLiteral("smtp-mail.outlook.com"));
    CHECK(account.smtpPort == 587);
    CHECK(account.smtpSecurity == MailSecurity::StartTls);
}

TEST_CASE("The token record round-trips and says when it must be renewed", "[oauth]")
{
    const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(19, 0), Qt::UTC);
    OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("at");
    tokens.refreshToken = QStringLiteral("rt");
    tokens.expiresAt = now.addSecs(3600);
    tokens.tokenUrl = QStringLiteral("https://login.example.org/token");
    tokens.clientId = QStringLiteral("c");
    const auto back = OAuthTokens::fromStored(tokens.toStored());
    REQUIRE(back);
    CHECK(back->accessToken == tokens.accessToken);
    CHECK(back->refreshToken == tokens.refreshToken);
    CHECK(back->expiresAt == tokens.expiresAt);
    CHECK_FALSE(back->needsRenewal(now));
    CHECK(back->needsRenewal(now.addSecs(3600 - 299))); // less than five minutes left
    CHECK_FALSE(OAuthTokens::fromStored(QStringLiteral("an ordinary password")));
}
