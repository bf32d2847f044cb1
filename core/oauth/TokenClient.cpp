// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenClient.h"

#include "oauth/OAuthLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

namespace tsunagu {

namespace {

constexpr qint64 s_maxAnswerBytes = 64 * 1024;

QByteArray formOf(const QList<QPair<QString, QString>>& fields)
{
    // application/x-www-form-urlencoded (RFC 6749 Appendix B): every reserved character percent-encoded.
    QByteArray form;
    for (const auto& [name, value] : fields) {
        if (value.isEmpty())
            continue;
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager& network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

void TokenClient::exchangeCode(const OAuthEndpoints& endpoints, const QString& code, const QByteArray& verifier,
                               const QString& redirectUri, Done done)
{
    OAuthTokens base;
    base.tokenUrl = endpoints.tokenUrl.toString();
    base.clientId = endpoints.clientId;
    base.clientSecret = endpoints.clientSecret;
    base.scopes = endpoints.scopes;
    const QByteArray form = formOf({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("redirect_uri"), redirectUri},
                                    {QStringLiteral("client_id"), endpoints.clientId},
                                    {QStringLiteral("client_secret"), endpoints.clientSecret},
                                    {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}});
    qCInfo(lcOAuth) << "exchanging the authorization code";
    post(endpoints.tokenUrl, form, base, std::move(done));
}

void TokenClient::refresh(const OAuthTokens& stored, Done done)
{
    if (stored.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(OAuthFailure{OAuthError::SignInAgain, QStringLiteral("no refresh token is stored")});
            },
            Qt::QueuedConnection);
        return;
    }
    const QByteArray form = formOf({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                    {QStringLiteral("refresh_token"), stored.refreshToken},
                                    {QStringLiteral("client_id"), stored.clientId},
                                    {QStringLiteral("client_secret"), stored.clientSecret},
                                    {QStringLiteral("scope"), stored.scopes}});
    qCInfo(lcOAuth) << "renewing the access token";
    post(QUrl(stored.tokenUrl), form, stored, std::move(done));
}

void TokenClient::post(const QUrl& url, const QByteArray& form, const OAuthTokens& base, Done done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    // A token endpoint has no business redirecting; following one could send the code elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network.post(request, form);
    reply->setParent(this);
    auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, body] {
        // Bounded: a hostile or broken endpoint cannot fill the memory.
        body->append(reply->read(s_maxAnswerBytes + 1 - body->size()));
        if (body->size() > s_maxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, base, done = std::move(done)] {
        reply->deleteLater();
        if (body->size() <= s_maxAnswerBytes)
            body->append(reply->read(s_maxAnswerBytes + 1 - body->size()));
        done(read(*reply, *body, base));
    });
}

OAuthResult<OAuthTokens> TokenClient::read(QNetworkReply& reply, const QByteArray& body, const OAuthTokens& base) const
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body.size() > s_maxAnswerBytes)
        return OAuthFailure{OAuthError::BadResponse, QStringLiteral("the token answer is larger than 64 KB")};
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (status == 0) {
        qCInfo(lcOAuth) << "token endpoint unreachable, network error" << int(reply.error());
        return OAuthFailure{OAuthError::Unreachable, reply.errorString()};
    }
    const QJsonObject object = json.object();
    if (status != 200) {
        // RFC 6749 §5.2: {"error": "invalid_grant", …}; only the code is kept (the description may echo input).
        const QString error = object.value(QStringLiteral("error")).toString().left(64);
        // Logged only when it is a code as RFC 6749 writes them: a server's free text is never put in the log.
        static const QRegularExpression code(QStringLiteral("^[a-z_]+$"));
        qCInfo(lcOAuth) << "token endpoint refused, HTTP" << status
                        << (code.match(error).hasMatch() ? error : QStringLiteral("(unrecognised error code)"));
        if (error == QLatin1String("invalid_grant"))
            return OAuthFailure{
                OAuthError::SignInAgain,
                QStringLiteral("the sign-in is no longer accepted (invalid_grant, HTTP %1)").arg(status)};
        return OAuthFailure{OAuthError::Refused,
                            QStringLiteral("the token address answered HTTP %1 %2").arg(status).arg(error)};
    }
    OAuthTokens tokens = base;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    const QString tokenType = object.value(QStringLiteral("token_type")).toString();
    if (tokens.accessToken.isEmpty() || tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return OAuthFailure{OAuthError::BadResponse, QStringLiteral("the token answer holds no bearer token")};
    // Rotation (RFC 6749 §6, OAuth 2.1): a new refresh token replaces the old, which may no longer work.
    const QString refresh = object.value(QStringLiteral("refresh_token")).toString();
    if (!refresh.isEmpty())
        tokens.refreshToken = refresh;
    const QDateTime now = m_clock.now();
    const QJsonValue expiresIn = object.value(QStringLiteral("expires_in"));
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
    tokens.expiresAt = seconds > 0 ? now.addSecs(seconds) : QDateTime();
    tokens.renewedAt = now;
    qCInfo(lcOAuth) << "token issued, valid for" << seconds << "s";
    return tokens;
}

} // namespace tsunagu
