// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/OAuthProvider.h"

#include "common/LocalHost.h"

namespace tsunagu {

namespace {

// Microsoft identity platform v2.0. "common" takes personal (Outlook.com, Hotmail, MSN) and work accounts alike.
const char s_microsoftAuthorize[] = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize";
const char s_microsoftToken[] = "https://login.microsoftonline.com/common/oauth2/v2.0/token";
// IMAP and SMTP on outlook.office.com; offline_access brings the refresh token.
const char s_microsoftScopes[] = "https://outlook.office.com/IMAP.AccessAsUser.All "
                                 "https://outlook.office.com/SMTP.Send offline_access";
const char s_googleAuthorize[] = "https://accounts.google.com/o/oauth2/v2/auth";
const char s_googleToken[] = "https://oauth2.googleapis.com/token";
const char s_googleScopes[] = "https://mail.google.com/";

QString definedOrEmpty(const char* value)
{
    return QString::fromUtf8(value).trimmed();
}

bool secureEnough(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    // RFC 6749 §3.1 and §3.2 require TLS; a provider on this computer (a test or a local bridge) is the exception.
    return url.scheme() == QLatin1String("http") && isLocalHost(url.host());
}

} // namespace

OAuthClientIds OAuthClientIds::builtIn()
{
    OAuthClientIds ids;
#ifdef TSUNAGU_OAUTH_MICROSOFT_CLIENT_ID
    ids.microsoft = definedOrEmpty(TSUNAGU_OAUTH_MICROSOFT_CLIENT_ID);
#endif
#ifdef TSUNAGU_OAUTH_GOOGLE_CLIENT_ID
    ids.google = definedOrEmpty(TSUNAGU_OAUTH_GOOGLE_CLIENT_ID);
#endif
#ifdef TSUNAGU_OAUTH_GOOGLE_CLIENT_SECRET
    ids.googleSecret = definedOrEmpty(TSUNAGU_OAUTH_GOOGLE_CLIENT_SECRET);
#endif
    return ids;
}

bool isOAuthProvider(const QString& key)
{
    return key == QLatin1String("microsoft") || key == QLatin1String("google") || key == QLatin1String("custom");
}

OAuthResult<OAuthEndpoints> resolveOAuth(const OAuthSettings& settings, const OAuthClientIds& builtIn)
{
    OAuthEndpoints endpoints;
    endpoints.provider = settings.provider;
    QString builtInId;
    QString option;
    if (settings.provider == QLatin1String("microsoft")) {
        endpoints.authorizeUrl = QUrl(QString::fromLatin1(s_microsoftAuthorize));
        endpoints.tokenUrl = QUrl(QString::fromLatin1(s_microsoftToken));
        endpoints.scopes = QString::fromLatin1(s_microsoftScopes);
        endpoints.redirectHost = QStringLiteral("localhost");
        builtInId = builtIn.microsoft;
        option = QStringLiteral("TSUNAGU_OAUTH_MICROSOFT_CLIENT_ID");
    } else if (settings.provider == QLatin1String("google")) {
        endpoints.authorizeUrl = QUrl(QString::fromLatin1(s_googleAuthorize));
        endpoints.tokenUrl = QUrl(QString::fromLatin1(s_googleToken));
        endpoints.scopes = QString::fromLatin1(s_googleScopes);
        endpoints.redirectHost = QStringLiteral("127.0.0.1");
        // Without access_type=offline Google gives no refresh token; prompt=consent gives one on every sign-in.
        endpoints.extraAuthorizeParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                              {QStringLiteral("prompt"), QStringLiteral("consent")}};
        builtInId = builtIn.google;
        endpoints.clientSecret = settings.clientId.trimmed().isEmpty() ? builtIn.googleSecret : QString();
        option = QStringLiteral("TSUNAGU_OAUTH_GOOGLE_CLIENT_ID");
    } else if (settings.provider == QLatin1String("custom")) {
        endpoints.authorizeUrl = QUrl(settings.authorizeUrl.trimmed());
        endpoints.tokenUrl = QUrl(settings.tokenUrl.trimmed());
        endpoints.redirectHost = QStringLiteral("127.0.0.1");
        if (settings.authorizeUrl.trimmed().isEmpty() || settings.tokenUrl.trimmed().isEmpty())
            return OAuthFailure{OAuthError::Refused,
                                QStringLiteral("a custom provider needs its authorize and token addresses")};
    } else {
        return OAuthFailure{OAuthError::Refused, QStringLiteral("unknown sign-in provider: ") + settings.provider};
    }
    if (!settings.scopes.trimmed().isEmpty())
        endpoints.scopes = settings.scopes.simplified();
    endpoints.clientId = settings.clientId.trimmed().isEmpty() ? builtInId : settings.clientId.trimmed();
    if (endpoints.clientId.isEmpty()) {
        return OAuthFailure{OAuthError::ClientIdMissing,
                            option.isEmpty()
                                ? QStringLiteral("no client ID for the custom provider: give --oauth-client-id")
                                : QStringLiteral("no client ID for %1: this build was made without %2; give "
                                                 "--oauth-client-id or build with -D%2=…")
                                      .arg(settings.provider, option)};
    }
    for (const QUrl& url : {endpoints.authorizeUrl, endpoints.tokenUrl}) {
        if (!secureEnough(url))
            return OAuthFailure{OAuthError::InsecureEndpoint,
                                QStringLiteral("not an https address: ") + url.toString(QUrl::RemoveQuery)};
    }
    return endpoints;
}

bool applyOAuthServers(const QString& provider, MailAccount& account)
{
    if (provider == QLatin1String("microsoft")) {
        const MailAccount preset = presetAccount(MailProvider::Outlook);
        account.provider = MailProvider::Outlook;
        account.imapHost = preset.imapHost;
        account.imapPort = preset.imapPort;
        account.imapSecurity = preset.imapSecurity;
        account.smtpHost = preset.smtpHost;
        account.smtpPort = preset.smtpPort;
        account.smtpSecurity = preset.smtpSecurity;
        return true;
    }
    if (provider == QLatin1String("google")) {
        const MailAccount preset = presetAccount(MailProvider::Gmail);
        account.provider = MailProvider::Gmail;
        account.imapHost = preset.imapHost;
        account.imapPort = preset.imapPort;
        account.imapSecurity = preset.imapSecurity;
        account.smtpHost = preset.smtpHost;
        account.smtpPort = preset.smtpPort;
        account.smtpSecurity = preset.smtpSecurity;
        account.serverFilesSent = preset.serverFilesSent;
        return true;
    }
    return false;
}

} // namespace tsunagu
