// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/SignInFlow.h"

#include "oauth/OAuthLog.h"

#include <QUrlQuery>

namespace tsunagu {

SignInFlow::SignInFlow(QNetworkAccessManager& network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_tokens(network, clock)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        finish(OAuthFailure{OAuthError::TimedOut, QStringLiteral("nobody came back from the browser in time")});
    });
    connect(&m_listener, &LoopbackListener::failed, this, [this](OAuthError error, const QString& detail) {
        finish(OAuthFailure{error, detail});
    });
    connect(&m_listener, &LoopbackListener::codeReceived, this, [this](const QString& code) {
        m_wait.stop();
        m_tokens.exchangeCode(m_endpoints, code, m_pkce.verifier, m_redirectUri,
                              [this](OAuthResult<OAuthTokens> result) { finish(std::move(result)); });
    });
}

OAuthResult<QUrl> SignInFlow::start(const OAuthEndpoints& endpoints, const QString& loginHint, const Pages& pages,
                                    Done done, int waitMs)
{
    cancel();
    m_endpoints = endpoints;
    m_pkce = Pkce::generate();
    const QByteArray state = randomUrlSafeToken();
    m_listener.setPages(pages.successHtml, pages.failureHtml);
    m_listener.setExpectedState(state);
    if (!m_listener.listen())
        return OAuthFailure{OAuthError::ListenFailed, QStringLiteral("no free port on 127.0.0.1")};
    m_redirectUri = QStringLiteral("http://%1:%2").arg(endpoints.redirectHost).arg(m_listener.port());

    QUrl url = endpoints.authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), endpoints.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    if (!endpoints.scopes.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), endpoints.scopes);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), loginHint);
    for (const auto& [name, value] : endpoints.extraAuthorizeParameters)
        query.addQueryItem(name, value);
    // Every reserved character encoded, so a '+' or '&' in a value can never change the query's meaning.
    QString encoded;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    m_done = std::move(done);
    m_wait.start(waitMs);
    qCInfo(lcOAuth) << "sign-in started with" << endpoints.provider << "listening on loopback port"
                    << m_listener.port();
    return url;
}

void SignInFlow::cancel()
{
    m_wait.stop();
    m_listener.close();
    m_done = nullptr;
}

void SignInFlow::finish(OAuthResult<OAuthTokens> result)
{
    m_wait.stop();
    m_listener.close();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (!result.ok())
        qCInfo(lcOAuth) << "sign-in ended without tokens, error" << int(result.error().code);
    if (done)
        done(std::move(result));
}

} // namespace tsunagu
