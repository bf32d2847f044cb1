// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace tsunagu {

// What one sign-in leaves in the keychain under the account's secret key: the tokens, when the access token
// expires, and where and as whom to renew it, so a renewal needs nothing from the database. Written and read only
// through the SecretStore; never logged.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // invalid: unknown, renewed at the next use
    QDateTime renewedAt; // when the provider last issued an access token
    QString tokenUrl;
    QString clientId;
    QString clientSecret; // Google desktop apps only
    QString scopes;

    // Renew when less than this is left, so a sync or a send never starts with a token about to lapse.
    static constexpr int s_renewMarginSeconds = 300;
    bool needsRenewal(const QDateTime& now) const;

    QString toStored() const;
    // Nothing when the text is not a token record (a password stored under the key, or damage).
    static std::optional<OAuthTokens> fromStored(const QString& text);
};

} // namespace tsunagu
