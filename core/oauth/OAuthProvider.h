// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "oauth/OAuthError.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace tsunagu {

// The client IDs this build was registered with (CMake options TSUNAGU_OAUTH_MICROSOFT_CLIENT_ID,
// TSUNAGU_OAUTH_GOOGLE_CLIENT_ID and TSUNAGU_OAUTH_GOOGLE_CLIENT_SECRET; Google calls the second value of a desktop
// app a secret but documents that it cannot be kept one). An account's own client ID wins over them.
struct OAuthClientIds
{
    QString microsoft;
    QString google;
    QString googleSecret;
    static OAuthClientIds builtIn();
};

// Everything a sign-in needs to know about where it signs in, providers being data: Microsoft and Google from
// their published addresses, "custom" from the account.
struct OAuthEndpoints
{
    QString provider; // "microsoft", "google", "custom"
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString scopes; // space separated
    QString clientId;
    QString clientSecret; // Google desktop apps only; empty elsewhere
    // The host of the loopback redirect: Microsoft accepts "http://localhost" with any port (registered without
    // one); RFC 8252 §7.3 prefers the literal 127.0.0.1, which Google and others accept.
    QString redirectHost;
    QList<QPair<QString, QString>> extraAuthorizeParameters; // e.g. Google's access_type=offline
};

// The provider keys an account may name.
bool isOAuthProvider(const QString& key);

// The endpoints for an account's settings. ClientIdMissing when neither the account nor this build has a client ID
// for the provider (the detail names the option to set); InsecureEndpoint for an authorize or token address that is
// not https (http only towards this computer); Refused for an unknown provider or a custom one without addresses.
OAuthResult<OAuthEndpoints> resolveOAuth(const OAuthSettings& settings,
                                         const OAuthClientIds& builtIn = OAuthClientIds::builtIn());

// The mail servers of a provider's accounts: Microsoft's Outlook.com (IMAP outlook.office365.com:993, SMTP
// smtp-mail.outlook.com:587 STARTTLS) and Gmail. Nothing for "custom".
bool applyOAuthServers(const QString& provider, MailAccount& account);

} // namespace tsunagu
