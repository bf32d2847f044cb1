// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MailAccount.h"

#include "domain/KeyTable.h"

#include <array>
#include <utility>

namespace tsunagu {
namespace {

// Stable keys, as in Keys.cpp: they never change once released, and the schema's CHECK lists the same ones.
constexpr std::array<std::pair<MailSecurity, const char*>, 3> s_securityKeys{{
    {MailSecurity::Tls, "tls"},
    {MailSecurity::StartTls, "starttls"},
    {MailSecurity::PlainLocal, "plain_local"},
}};

constexpr std::array<std::pair<MailProvider, const char*>, 4> s_providerKeys{{
    {MailProvider::Generic, "generic"},
    {MailProvider::Gmail, "gmail"},
    {MailProvider::ProtonBridge, "proton_bridge"},
    {MailProvider::Outlook, "outlook"},
}};

constexpr std::array<std::pair<MailAccountProblem, const char*>, 11> s_problemKeys{{
    {MailAccountProblem::None, ""},
    {MailAccountProblem::CannotConnect, "cannot_connect"},
    {MailAccountProblem::TlsUntrusted, "tls_untrusted"},
    {MailAccountProblem::CertificateChanged, "certificate_changed"},
    {MailAccountProblem::LoginFailed, "login_failed"},
    {MailAccountProblem::PasswordMissing, "password_missing"},
    {MailAccountProblem::MailboxMissing, "mailbox_missing"},
    {MailAccountProblem::ServerRefused, "server_refused"},
    {MailAccountProblem::CaFileUnreadable, "ca_file_unreadable"},
    {MailAccountProblem::DiskFull, "disk_full"},
    {MailAccountProblem::Other, "other"},
}};

constexpr std::array<std::pair<MailAuthMethod, const char*>, 2> s_authKeys{{
    {MailAuthMethod::Password, "password"},
    {MailAuthMethod::OAuth2, "oauth2"},
}};

constexpr std::array<std::pair<OutgoingCharset, const char*>, 2> s_charsetKeys{{
    {OutgoingCharset::Utf8, "utf8"},
    {OutgoingCharset::Iso2022Jp, "iso2022jp"},
}};

} // namespace

QVector<MailAccountIssue> validate(const MailAccount& account)
{
    QVector<MailAccountIssue> issues;
    // Microsoft switched password sign-in off for IMAP and SMTP on personal accounts (2024-09-16).
    if (account.provider == MailProvider::Outlook && account.authMethod != MailAuthMethod::OAuth2)
        issues << MailAccountIssue::NeedsMicrosoftSignIn;
    if (account.name.trimmed().isEmpty())
        issues << MailAccountIssue::NameMissing;
    if (account.imapHost.trimmed().isEmpty())
        issues << MailAccountIssue::HostMissing;
    if (account.imapPort < 1 || account.imapPort > 65535)
        issues << MailAccountIssue::PortOutOfRange;
    if (account.imapSecurity == MailSecurity::PlainLocal && !account.imapHost.trimmed().isEmpty() &&
        !isLocalHost(account.imapHost))
        issues << MailAccountIssue::PlainNotLocal;
    if (account.smtpSecurity == MailSecurity::PlainLocal && !account.smtpHost.trimmed().isEmpty() &&
        !isLocalHost(account.smtpHost) && !issues.contains(MailAccountIssue::PlainNotLocal))
        issues << MailAccountIssue::PlainNotLocal;
    if (account.userName.trimmed().isEmpty())
        issues << MailAccountIssue::UserMissing;
    if (account.folder.trimmed().isEmpty())
        issues << MailAccountIssue::FolderMissing;
    return issues;
}

MailAccount presetAccount(MailProvider provider)
{
    MailAccount account;
    account.provider = provider;
    switch (provider) {
    case MailProvider::Generic:
        break;
    case MailProvider::Gmail:
        account.imapHost = QStringLiteral("imap.gmail.com");
        account.imapPort = 993;
        account.imapSecurity = MailSecurity::Tls;
        account.smtpHost = QStringLiteral("smtp.gmail.com");
        account.smtpPort = 465;
        account.smtpSecurity = MailSecurity::Tls;
        // Gmail files every message sent through its SMTP in "Sent Mail" itself; an APPEND would make two.
        account.serverFilesSent = true;
        break;
    case MailProvider::ProtonBridge:
        // Bridge listens on this computer only and offers STARTTLS with its own self-signed certificate.
        account.imapHost = QStringLiteral("127.0.0.1");
        account.imapPort = 1143;
        account.imapSecurity = MailSecurity::StartTls;
        account.smtpHost = QStringLiteral("127.0.0.1");
        account.smtpPort = 1025;
        account.smtpSecurity = MailSecurity::StartTls;
        break;
    case MailProvider::Outlook:
        account.imapHost = QStringLiteral("outlook.office365.com");
        account.imapPort = 993;
        account.imapSecurity = MailSecurity::Tls;
        account.smtpHost = QStringLiteral("smtp-mail.outlook.com");
        account.smtpPort = 587;
        account.smtpSecurity = MailSecurity::StartTls;
        account.authMethod = MailAuthMethod::OAuth2;
        account.oauth.provider = QStringLiteral("microsoft");
        break;
    }
    return account;
}

QByteArray parseSha256(const QString& text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return {};
    for (const QChar c : std::as_const(hex)) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString formatSha256(const QByteArray& digest)
{
    if (digest.isEmpty())
        return {};
    return QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex());
}

QString smtpLogin(const MailAccount& account)
{
    return account.smtpUserName.trimmed().isEmpty() ? account.userName.trimmed() : account.smtpUserName.trimmed();
}

QString senderAddress(const MailAccount& account)
{
    return account.fromAddress.trimmed().isEmpty() ? account.userName.trimmed() : account.fromAddress.trimmed();
}

QString smtpSecretKeyOf(const MailAccount& account)
{
    return account.smtpSecretKey.isEmpty() ? account.secretKey : account.smtpSecretKey;
}

bool canSend(const MailAccount& account)
{
    return !account.smtpHost.trimmed().isEmpty() && account.smtpPort > 0 && account.smtpPort <= 65535;
}

QString outgoingCharsetKey(OutgoingCharset charset)
{
    return keyOf(s_charsetKeys, charset);
}

OutgoingCharset outgoingCharsetFromKey(const QString& key, bool* ok)
{
    return valueOf(s_charsetKeys, key, OutgoingCharset::Utf8, ok);
}

QString mailSecurityKey(MailSecurity security)
{
    return keyOf(s_securityKeys, security);
}

MailSecurity mailSecurityFromKey(const QString& key, bool* ok)
{
    return valueOf(s_securityKeys, key, MailSecurity::Tls, ok);
}

QString mailAuthMethodKey(MailAuthMethod method)
{
    return keyOf(s_authKeys, method);
}

MailAuthMethod mailAuthMethodFromKey(const QString& key, bool* ok)
{
    return valueOf(s_authKeys, key, MailAuthMethod::Password, ok);
}

QString oauthSecretKeyPrefix()
{
    return QStringLiteral("oauth-account/");
}

QString mailProviderKey(MailProvider provider)
{
    return keyOf(s_providerKeys, provider);
}

MailProvider mailProviderFromKey(const QString& key, bool* ok)
{
    return valueOf(s_providerKeys, key, MailProvider::Generic, ok);
}

QString mailAccountProblemKey(MailAccountProblem problem)
{
    return keyOf(s_problemKeys, problem);
}

MailAccountProblem mailAccountProblemFromKey(const QString& key, bool* ok)
{
    return valueOf(s_problemKeys, key, MailAccountProblem::Other, ok);
}

} // namespace tsunagu
