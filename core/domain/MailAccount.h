// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalHost.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace tsunagu {

// How the connection to a mail server is protected; stored by key ('tls', 'starttls', 'plain_local').
enum class MailSecurity
{
    Tls,        // implicit TLS from the first byte (IMAP 993, SMTP 465)
    StartTls,   // plain connection upgraded with STARTTLS before login (RFC 3501 §6.2.1)
    PlainLocal, // no encryption: only for a server on this computer (a bridge such as Proton Mail Bridge)
};

// How replies are encoded: UTF-8 by default; ISO-2022-JP for applicants on old phones.
enum class OutgoingCharset
{
    Utf8,
    Iso2022Jp,
};

// Where the account's settings came from, so editing shows the same explanations.
enum class MailProvider
{
    Generic,
    Gmail,
    ProtonBridge,
    Outlook, // Outlook.com/Hotmail: Microsoft sign-in (OAuth2) only, which Tsunagu cannot do yet
};

// How the account signs in to its servers; stored by key ('password', 'oauth2').
enum class MailAuthMethod
{
    Password, // a password (or an app password) kept in the keychain
    OAuth2,   // "Sign in with Microsoft/Google": tokens kept in the keychain, renewed without asking
};

// Where an OAuth 2.0 account signs in. Nothing here is secret: the tokens live in the keychain under the
// account's secretKey. Empty fields take the provider's own values.
struct OAuthSettings
{
    QString provider;     // "microsoft", "google" or "custom"
    QString clientId;     // empty: the one this build was registered with
    QString authorizeUrl; // custom provider: where the browser signs in
    QString tokenUrl;     // custom provider: where codes and refresh tokens become access tokens
    QString scopes;       // space separated; empty: the provider's mail scopes
};

// What went wrong the last time the account was used. The sync writes it, ui words it with what to do next.
enum class MailAccountProblem
{
    None,
    CannotConnect,      // no route, refused, timeout, DNS
    TlsUntrusted,       // the certificate is not trusted (and not pinned)
    CertificateChanged, // the pinned certificate is no longer the one the server shows
    LoginFailed,        // user name or password refused
    PasswordMissing,    // no password saved and none given
    MailboxMissing,     // the folder does not exist on the server
    ServerRefused,      // the server answered NO/BAD to something we need
    CaFileUnreadable,   // the certificate file the account was set up to trust cannot be read
    DiskFull,           // the mail could not be kept: the disk holding the profile is full
    Other,
};

// One mailbox a room's applications arrive in. The password is never here: it lives in the SecretStore under
// secretKey.
struct MailAccount
{
    qint64 id = 0;
    QString name; // the host's own name for it, unique ("Room D 受付")
    MailProvider provider = MailProvider::Generic;
    QString userName;
    QString imapHost;
    int imapPort = 993;
    MailSecurity imapSecurity = MailSecurity::Tls;
    QString smtpHost;
    int smtpPort = 465;
    MailSecurity smtpSecurity = MailSecurity::Tls;
    QString smtpUserName;        // empty: the IMAP user name
    QString smtpSecretKey;       // empty: the IMAP password is used for SMTP too
    QByteArray smtpPinnedSha256; // the SMTP server's confirmed certificate, when it is not the IMAP one
    QString fromAddress;         // the sender applicants see; empty: the user name
    QString fromName;            // e.g. "Room D 受付"
    OutgoingCharset outgoingCharset = OutgoingCharset::Utf8;
    QString sentFolder;           // empty: found on the server (SPECIAL-USE \Sent, then common names)
    QString draftsFolder;         // empty: found on the server
    bool serverFilesSent = false; // the server keeps its own copy of sent mail (Gmail): no APPEND to Sent
    QString folder = QStringLiteral("INBOX");
    QString caFile;           // extra CA certificate (PEM) trusted for this account, empty for the system CAs
    QByteArray pinnedSha256;  // SHA-256 of the server certificate's DER the host confirmed (32 bytes), or empty
    bool askPassword = false; // the password is not kept: it is asked (or given on stdin) at each sync
    QString secretKey;        // key of the password in the SecretStore; made by the repository on insert
    MailAuthMethod authMethod = MailAuthMethod::Password;
    OAuthSettings oauth;       // with MailAuthMethod::OAuth2
    QDateTime oauthSignedInAt; // when the host last signed in through the browser; invalid: not yet
    MailAccountProblem lastError = MailAccountProblem::None;
    QString lastErrorDetail; // technical detail for the "details" part; never contains a password
    QDateTime lastErrorAt;
    QDateTime createdAt;
};

// What keeps an account from being saved; ui words each one.
enum class MailAccountIssue
{
    NameMissing,
    HostMissing,
    PortOutOfRange,
    UserMissing,
    FolderMissing,
    PlainNotLocal,        // no encryption to a server that is not on this computer
    NeedsMicrosoftSignIn, // Outlook.com/Hotmail
};

// Every reason the account cannot be saved as it is, in the order a form shows its fields.
QVector<MailAccountIssue> validate(const MailAccount& account);
// The endpoints a provider is known to use (host, ports, security, provider); user, name and rooms left empty.
MailAccount presetAccount(MailProvider provider);
// Parses "sha256:HEX" or bare hex (colons allowed) into 32 bytes; empty when it is not a SHA-256.
QByteArray parseSha256(const QString& text);
// "sha256:ab12…" for display and for the command line.
QString formatSha256(const QByteArray& digest);

// The login and the sender of replies, with their fallbacks applied.
QString smtpLogin(const MailAccount& account);
QString senderAddress(const MailAccount& account);
// The key of the SMTP password in the SecretStore (the IMAP one unless the account has its own).
QString smtpSecretKeyOf(const MailAccount& account);
// Whether the account can send at all (an SMTP host is set).
bool canSend(const MailAccount& account);

QString mailSecurityKey(MailSecurity security);
QString outgoingCharsetKey(OutgoingCharset charset);
OutgoingCharset outgoingCharsetFromKey(const QString& key, bool* ok = nullptr);
MailSecurity mailSecurityFromKey(const QString& key, bool* ok = nullptr);
QString mailAuthMethodKey(MailAuthMethod method);
MailAuthMethod mailAuthMethodFromKey(const QString& key, bool* ok = nullptr);
// The key prefix of an OAuth 2.0 account's secret: what is stored there is its tokens, not a password.
QString oauthSecretKeyPrefix();
QString mailProviderKey(MailProvider provider);
MailProvider mailProviderFromKey(const QString& key, bool* ok = nullptr);
QString mailAccountProblemKey(MailAccountProblem problem);
MailAccountProblem mailAccountProblemFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
