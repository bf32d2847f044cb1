// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/OAuthTokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tsunagu {

namespace {

const QLatin1String s_format("tsunagu-oauth2-tokens");

} // namespace

bool OAuthTokens::needsRenewal(const QDateTime& now) const
{
    return accessToken.isEmpty() || !expiresAt.isValid() || now.secsTo(expiresAt) < s_renewMarginSeconds;
}

QString OAuthTokens::toStored() const
{
    QJsonObject object{
        {QStringLiteral("format"), QString(s_format)},
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("expires_at"), expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("renewed_at"), renewedAt.isValid() ? renewedAt.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("token_url"), tokenUrl},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("scopes"), scopes},
    };
    if (!clientSecret.isEmpty())
        object.insert(QStringLiteral("client_secret"), clientSecret);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<OAuthTokens> OAuthTokens::fromStored(const QString& text)
{
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.object();
    if (object.value(QStringLiteral("format")).toString() != s_format)
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    tokens.expiresAt = QDateTime::fromString(object.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    tokens.renewedAt = QDateTime::fromString(object.value(QStringLiteral("renewed_at")).toString(), Qt::ISODate);
    tokens.tokenUrl = object.value(QStringLiteral("token_url")).toString();
    tokens.clientId = object.value(QStringLiteral("client_id")).toString();
    tokens.clientSecret = object.value(QStringLiteral("client_secret")).toString();
    tokens.scopes = object.value(QStringLiteral("scopes")).toString();
    return tokens;
}

} // namespace tsunagu
