// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/Sasl.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tsunagu::sasl {

namespace {

constexpr char s_separator = '\x01';

// NUL, ^A, CR and LF would end a field or the line early; any control character is refused to keep it simple.
bool carriesSafely(const QByteArray& text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// RFC 5801 §5 (the gs2 header OAUTHBEARER reuses): ',' is "=2C" and '=' is "=3D" inside a saslname.
QByteArray saslName(const QByteArray& user)
{
    QByteArray escaped;
    escaped.reserve(user.size());
    for (const char c : user) {
        if (c == ',')
            escaped += "=2C";
        else if (c == '=')
            escaped += "=3D";
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

QByteArray mechanismName(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::Plain:
        return QByteArrayLiteral("PLAIN");
    case SaslMechanism::XOAuth2:
        return QByteArrayLiteral("XOAUTH2");
    case SaslMechanism::OAuthBearer:
        return QByteArrayLiteral("OAUTHBEARER");
    }
    return {};
}

std::optional<SaslMechanism> bearerMechanism(const std::function<bool(const QByteArray&)>& offered)
{
    if (offered(QByteArrayLiteral("OAUTHBEARER")))
        return SaslMechanism::OAuthBearer;
    if (offered(QByteArrayLiteral("XOAUTH2")))
        return SaslMechanism::XOAuth2;
    return std::nullopt;
}

std::optional<QByteArray> bearerInitialResponse(SaslMechanism mechanism, const QString& user, const QString& token,
                                                const Endpoint& endpoint)
{
    const QByteArray userBytes = user.toUtf8();
    const QByteArray tokenBytes = token.toUtf8();
    if (userBytes.isEmpty() || tokenBytes.isEmpty() || !carriesSafely(userBytes) || !carriesSafely(tokenBytes))
        return std::nullopt;
    const QByteArray auth = "auth=Bearer " + tokenBytes + s_separator + s_separator;
    switch (mechanism) {
    case SaslMechanism::XOAuth2:
        return "user=" + userBytes + s_separator + auth;
    case SaslMechanism::OAuthBearer:
        return "n,a=" + saslName(userBytes) + ',' + s_separator + "host=" + endpoint.host.toUtf8() + s_separator +
               "port=" + QByteArray::number(endpoint.port) + s_separator + auth;
    case SaslMechanism::Plain:
        break;
    }
    return std::nullopt;
}

QByteArray bearerErrorAcknowledgement(SaslMechanism mechanism)
{
    return mechanism == SaslMechanism::OAuthBearer ? QByteArray(1, s_separator) : QByteArray();
}

QString describeBearerChallenge(const QByteArray& base64Challenge)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(base64Challenge.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument json = decoded ? QJsonDocument::fromJson(*decoded) : QJsonDocument();
    if (!json.isObject())
        return QStringLiteral("the server refused the access token (its explanation was unreadable)");
    const QJsonObject object = json.object();
    QStringList parts;
    // Only the two fields that help: the HTTP-like status and the scope the server wanted. Whatever else it sent
    // stays out of error details and logs.
    const QJsonValue status = object.value(QLatin1String("status"));
    if (status.isString())
        parts << QStringLiteral("status ") + status.toString().left(16);
    const QJsonValue scope = object.value(QLatin1String("scope"));
    if (scope.isString())
        parts << QStringLiteral("scope ") + scope.toString().left(200);
    if (parts.isEmpty())
        return QStringLiteral("the server refused the access token");
    return QStringLiteral("the server refused the access token (%1)").arg(parts.join(QStringLiteral(", ")));
}

} // namespace tsunagu::sasl
