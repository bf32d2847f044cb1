// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/account/AccountEndpoints.h"

namespace tsunagu {

SecurityMode securityModeFor(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return SecurityMode::ImplicitTls;
    case MailSecurity::StartTls:
        return SecurityMode::StartTls;
    case MailSecurity::PlainLocal:
        return SecurityMode::PlainLocal;
    }
    return SecurityMode::ImplicitTls;
}

MailAuth authFor(const MailAccount& account)
{
    // One sign-in serves both: the scopes of an OAuth 2.0 account cover IMAP and SMTP.
    return account.authMethod == MailAuthMethod::OAuth2 ? MailAuth::BearerToken : MailAuth::Password;
}

Endpoint imapEndpoint(const MailAccount& account)
{
    Endpoint endpoint;
    endpoint.host = account.imapHost;
    endpoint.port = quint16(account.imapPort);
    endpoint.security = securityModeFor(account.imapSecurity);
    endpoint.userName = account.userName;
    endpoint.caFile = account.caFile;
    endpoint.pinnedSha256 = account.pinnedSha256;
    endpoint.auth = authFor(account);
    return endpoint;
}

Endpoint smtpEndpoint(const MailAccount& account)
{
    Endpoint endpoint;
    endpoint.host = account.smtpHost;
    endpoint.port = quint16(account.smtpPort);
    endpoint.security = securityModeFor(account.smtpSecurity);
    endpoint.userName = smtpLogin(account);
    endpoint.caFile = account.caFile;
    // A bridge or a small server often uses one certificate for both: the IMAP pin counts for the same host.
    endpoint.pinnedSha256 = !account.smtpPinnedSha256.isEmpty() ? account.smtpPinnedSha256
                            : account.smtpHost.compare(account.imapHost, Qt::CaseInsensitive) == 0
                                ? account.pinnedSha256
                                : QByteArray();
    endpoint.auth = authFor(account);
    return endpoint;
}

} // namespace tsunagu
