// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization code flow with PKCE and the loopback redirect, against our own authorization server: a first
// sign-in end to end, a wrong state, a declined sign-in, a listener that only this computer can reach, and the
// tokens renewed in time, rotated, and a revoked sign-in that stops without looping.
#include "OAuthTestSupport.h"

#include "RequireServer.h"
#include "oauth/TokenSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace tsunagu;
using namespace tsunagu::test;

TEST_CASE("First sign-in: the browser signs in, comes back to 127.0.0.1, the code and verifier become tokens",
          "[oauth][signin]")
{
    StartedOAuthServer fixture;
    SystemClock clock;
    QNetworkAccessManager network;
    SignInFlow flow(network, clock);
    std::optional<OAuthResult<OAuthTokens>> result;
    const auto url = flow.start(testEndpoints(fixture.server), QStringLiteral("host@example.org"),
                                {QStringLiteral("<p>サインインしました</p>"), QStringLiteral("<p>失敗</p>")},
                                [&result](OAuthResult<OAuthTokens> r) { result = std::move(r); });
    REQUIRE(url.ok());
    const QUrlQuery query(url.value());
    CHECK(query.queryItemValue(QStringLiteral("code_challenge_method")) == QStringLiteral("S256"));
    CHECK(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) == flow.redirectUri());
    CHECK(flow.redirectUri().startsWith(QStringLiteral("http://127.0.0.1:")));
    CHECK(query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded) == QStringLiteral("host@example.org"));

    QByteArray page;
    CHECK(OAuthServer::follow(url.value(), &page) == 200);
    // The tab the host leaves open says, in the host's language, that it worked.
    CHECK(QString::fromUtf8(page).contains(QStringLiteral("サインインしました")));
    REQUIRE(waitFor(result));
    REQUIRE(result->ok());
    CHECK(result->value().accessToken.startsWith(QStringLiteral("at-")));
    CHECK(result->value().refreshToken.startsWith(QStringLiteral("rt-")));
    CHECK(result->value().expiresAt > QDateTime::currentDateTime().addSecs(3000));
    const QJsonObject stats = fixture.server.stats();
    CHECK(stats.value(QStringLiteral("code_exchanges")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("bad_verifier")).toInt() == 0);
    // Once done, the listener is gone: nothing more can be slipped in.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, flow.port());
    CHECK_FALSE(late.waitForConnected(2000));
}

TEST_CASE("A redirect with the wrong state is refused and no code is exchanged", "[oauth][signin]")
{
    StartedOAuthServer fixture;
    SystemClock clock;
    QNetworkAccessManager network;
    SignInFlow flow(network, clock);
    std::optional<OAuthResult<OAuthTokens>> result;
    const auto url = flow.start(testEndpoints(fixture.server), {}, {QStringLiteral("ok"), QStringLiteral("refused")},
                                [&result](OAuthResult<OAuthTokens> r) { result = std::move(r); });
    REQUIRE(url.ok());
    // Someone else's answer (or a forged one) arrives first.
    QByteArray page;
    CHECK(OAuthServer::follow(QUrl(flow.redirectUri() + QStringLiteral("/?code=stolen&state=not-this-one")), &page) ==
          400);
    CHECK(page == "refused");
    REQUIRE(waitFor(result));
    REQUIRE_FALSE(result->ok());
    CHECK(result->error().code == OAuthError::StateMismatch);
    CHECK(fixture.server.stats().value(QStringLiteral("code_exchanges")).toInt() == 0);
    CHECK(fixture.server.stats().value(QStringLiteral("refused")).toInt() == 0);
}

TEST_CASE("A sign-in the provider declines ends with Declined", "[oauth][signin]")
{
    StartedOAuthServer fixture;
    REQUIRE(fixture.server.denyNextSignIn());
    SystemClock clock;
    QNetworkAccessManager network;
    SignInFlow flow(network, clock);
    std::optional<OAuthResult<OAuthTokens>> result;
    const auto url = flow.start(testEndpoints(fixture.server), {}, {QStringLiteral("ok"), QStringLiteral("no")},
                                [&result](OAuthResult<OAuthTokens> r) { result = std::move(r); });
    REQUIRE(url.ok());
    OAuthServer::follow(url.value());
    REQUIRE(waitFor(result));
    REQUIRE_FALSE(result->ok());
    CHECK(result->error().code == OAuthError::Declined);
    CHECK(result->error().detail.contains(QStringLiteral("access_denied")));
}

TEST_CASE("The loopback listener cannot be reached from another address of this computer", "[oauth][signin]")
{
    QHostAddress outside;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            outside = address;
            break;
        }
    }
    requireServer(QStringLiteral("a network address besides 127.0.0.1"), !outside.isNull());
    SystemClock clock;
    QNetworkAccessManager network;
    SignInFlow flow(network, clock);
    OAuthEndpoints endpoints;
    endpoints.provider = QStringLiteral("custom");
    endpoints.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:9/authorize"));
    endpoints.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:9/token"));
    endpoints.clientId = QStringLiteral("c");
    endpoints.redirectHost = QStringLiteral("127.0.0.1");
    const auto url = flow.start(endpoints, {}, {}, [](OAuthResult<OAuthTokens>) {});
    REQUIRE(url.ok());
    QTcpSocket fromLoopback;
    fromLoopback.connectToHost(QHostAddress::LocalHost, flow.port());
    CHECK(fromLoopback.waitForConnected(2000));
    // The same port on the computer's network address: another computer would come this way.
    QTcpSocket fromOutside;
    fromOutside.connectToHost(outside, flow.port());
    CHECK_FALSE(fromOutside.waitForConnected(2000));
}

namespace {

QString readSecret(SecretStore& store, const QString& key, SecretError* error = nullptr)
{
    QObject context;
    std::optional<Result<QString, SecretError>> read;
    store.read(key, &context, [&read](const Result<QString, SecretError>& r) { read = r; });
    REQUIRE(waitFor(read));
    if (!read->ok()) {
        if (error)
            *error = read->error().code;
        return {};
    }
    return read->value();
}

void storeTokens(TokenSecretStore& tokens, const QString& key, const OAuthTokens& value)
{
    QObject context;
    std::optional<bool> written;
    tokens.storeTokens(key, value, &context,
                       [&written](const Result<SecretLocation, SecretError>& r) { written = r.ok(); });
    REQUIRE(waitFor(written));
    REQUIRE(*written);
}

} // namespace

TEST_CASE("Tokens: a lapsing access token is renewed before use, the rotated refresh token is kept", "[oauth][tokens]")
{
    StartedOAuthServer fixture;
    SystemClock clock;
    SessionSecretStore keychain;
    TokenSecretStore store(keychain, clock);
    const QString key = oauthSecretKeyPrefix() + QStringLiteral("test");
    OAuthTokens tokens = signIn(fixture.server, clock);
    storeTokens(store, key, tokens);

    // Fresh: handed out as it is, no request.
    CHECK(readSecret(store, key) == tokens.accessToken);
    CHECK(fixture.server.stats().value(QStringLiteral("refreshes")).toInt() == 0);

    // Four minutes left: renewed first.
    tokens.expiresAt = QDateTime::currentDateTime().addSecs(240);
    storeTokens(store, key, tokens);
    const QString renewed = readSecret(store, key);
    CHECK(renewed.startsWith(QStringLiteral("at-")));
    CHECK(renewed != tokens.accessToken);
    CHECK(fixture.server.stats().value(QStringLiteral("refreshes")).toInt() == 1);
    const auto kept = OAuthTokens::fromStored(readSecret(keychain, key));
    REQUIRE(kept);
    CHECK(kept->accessToken == renewed);
    CHECK(kept->refreshToken != tokens.refreshToken); // rotated, and the new one kept
    CHECK(kept->renewedAt.isValid());

    // The server refused the token although it had time left: the next read renews whatever the expiry says.
    store.renewNextRead(key);
    const QString again = readSecret(store, key);
    CHECK(again != renewed);
    CHECK(fixture.server.stats().value(QStringLiteral("refreshes")).toInt() == 2);

    // Two reads at once share one renewal: a second one with the old refresh token would be refused.
    store.renewNextRead(key);
    QObject context;
    std::optional<Result<QString, SecretError>> first;
    std::optional<Result<QString, SecretError>> second;
    store.read(key, &context, [&first](const Result<QString, SecretError>& r) { first = r; });
    store.read(key, &context, [&second](const Result<QString, SecretError>& r) { second = r; });
    REQUIRE(waitFor(first));
    REQUIRE(waitFor(second));
    REQUIRE(first->ok());
    REQUIRE(second->ok());
    CHECK(first->value() == second->value());
    CHECK(fixture.server.stats().value(QStringLiteral("refreshes")).toInt() == 3);
    CHECK(fixture.server.stats().value(QStringLiteral("refused")).toInt() == 0);
}

TEST_CASE("Tokens: a revoked sign-in says sign in again, once per use, never in a loop", "[oauth][tokens]")
{
    StartedOAuthServer fixture;
    SystemClock clock;
    SessionSecretStore keychain;
    TokenSecretStore store(keychain, clock);
    const QString key = oauthSecretKeyPrefix() + QStringLiteral("revoked");
    OAuthTokens tokens = signIn(fixture.server, clock);
    tokens.expiresAt = QDateTime::currentDateTime().addSecs(-1); // lapsed
    storeTokens(store, key, tokens);
    REQUIRE(fixture.server.revokeAll());

    SecretError error = SecretError::Failed;
    CHECK(readSecret(store, key, &error).isEmpty());
    CHECK(error == SecretError::SignInAgain);
    CHECK(fixture.server.stats().value(QStringLiteral("refused")).toInt() == 1);
    error = SecretError::Failed;
    CHECK(readSecret(store, key, &error).isEmpty());
    CHECK(error == SecretError::SignInAgain);
    CHECK(fixture.server.stats().value(QStringLiteral("refused")).toInt() == 2);

    // A new sign-in ends it.
    storeTokens(store, key, signIn(fixture.server, clock));
    CHECK(readSecret(store, key).startsWith(QStringLiteral("at-")));
    // A password account's key is not touched.
    QObject context;
    std::optional<bool> written;
    keychain.write(QStringLiteral("mail-account/x"), QStringLiteral("pw"), &context,
                   [&written](const Result<SecretLocation, SecretError>& r) { written = r.ok(); });
    REQUIRE(waitFor(written));
    CHECK(readSecret(store, QStringLiteral("mail-account/x")) == QStringLiteral("pw"));
}
