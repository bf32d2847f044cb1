// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the OAuth tests share: a sign-in against the test authorization server, with the browser replaced by a client
// that follows the address and its redirects, and a blocking wait on callbacks.

#include "OAuthServer.h"
#include "common/Clock.h"
#include "oauth/OAuthProvider.h"
#include "oauth/SignInFlow.h"

#include <catch2/catch.hpp>

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

namespace tsunagu::test {

template <typename T>
inline bool waitFor(const std::optional<T>& value, int ms = 15000)
{
    return QTest::qWaitFor([&value] { return value.has_value(); }, ms);
}

inline OAuthEndpoints testEndpoints(const OAuthServer& server)
{
    OAuthSettings settings;
    settings.provider = QStringLiteral("custom");
    settings.clientId = server.options().clientId;
    settings.authorizeUrl = server.authorizeUrl();
    settings.tokenUrl = server.tokenUrl();
    settings.scopes = QStringLiteral("mail");
    const auto endpoints = resolveOAuth(settings, {});
    REQUIRE(endpoints.ok());
    return endpoints.value();
}

struct StartedOAuthServer
{
    explicit StartedOAuthServer(OAuthServer::Options options = {})
        : server(options)
    {
        OAuthServer::requireInstalled();
        const bool started = server.start();
        INFO(server.errorString().toStdString());
        REQUIRE(started);
    }
    OAuthServer server;
};

// A whole first sign-in: the flow starts, the "browser" follows the address, the tokens come back.
inline OAuthTokens signIn(const OAuthServer& server, const Clock& clock)
{
    QNetworkAccessManager network;
    SignInFlow flow(network, clock);
    std::optional<OAuthResult<OAuthTokens>> result;
    const auto url =
        flow.start(testEndpoints(server), server.options().user, {QStringLiteral("ok"), QStringLiteral("no")},
                   [&result](OAuthResult<OAuthTokens> r) { result = std::move(r); });
    REQUIRE(url.ok());
    CHECK(OAuthServer::follow(url.value()) == 200);
    REQUIRE(waitFor(result));
    INFO((result->ok() ? std::string() : result->error().detail.toStdString()));
    REQUIRE(result->ok());
    return result->value();
}

} // namespace tsunagu::test
