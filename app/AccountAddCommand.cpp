// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountAddCommand.h"

#include "AccountCommand.h"
#include "Console.h"
#include "ServerUrl.h"
#include "Session.h"
#include "oauth/OAuthProvider.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"
#include "text/OAuthText.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSslCertificate>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace tsunagu::app {
namespace {

constexpr int s_usage = 2;
constexpr int s_failed = 1;

// Each step below that reads or checks what the host gave prints what is wrong and returns false (or nothing)
// when the command stops there with a usage error.

void describeOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("name"), AccountCommand::tr("The account's name, as Tsunagu shows it."),
                      AccountCommand::tr("NAME")});
    parser.addOption({QStringLiteral("imap"),
                      AccountCommand::tr("The IMAP server: imaps://USER@HOST:PORT for implicit TLS, "
                                         "imap://USER@HOST:PORT with --starttls, or imap:// alone for a server on "
                                         "this computer without encryption."),
                      AccountCommand::tr("URL")});
    parser.addOption({QStringLiteral("user"), AccountCommand::tr("The user name, instead of the one in the URL."),
                      AccountCommand::tr("USER")});
    parser.addOption({QStringLiteral("folder"),
                      AccountCommand::tr("The folder the applications arrive in (default INBOX)."),
                      AccountCommand::tr("FOLDER"), QStringLiteral("INBOX")});
    parser.addOption({QStringLiteral("rooms"),
                      AccountCommand::tr("Codes of the rooms whose applications arrive in this account, separated by "
                                         "commas."),
                      AccountCommand::tr("CODES")});
    parser.addOption({QStringLiteral("starttls"), AccountCommand::tr("Upgrade an imap:// connection with STARTTLS.")});
    parser.addOption({QStringLiteral("ca-file"),
                      AccountCommand::tr("Also trust the CA certificate in FILE (PEM) for this server."),
                      AccountCommand::tr("FILE")});
    parser.addOption({QStringLiteral("pin"),
                      AccountCommand::tr("Trust exactly the server certificate with this SHA-256 fingerprint."),
                      AccountCommand::tr("sha256:HEX")});
    parser.addOption({QStringLiteral("password-stdin"),
                      AccountCommand::tr("Read the password from the first line of standard input and keep it in "
                                         "the keychain.")});
    parser.addOption({QStringLiteral("smtp"),
                      AccountCommand::tr("The SMTP server for replies: smtps://USER@HOST:PORT for implicit TLS, "
                                         "smtp://USER@HOST:PORT with --smtp-starttls, or smtp:// alone for a server "
                                         "on this computer without encryption."),
                      AccountCommand::tr("URL")});
    parser.addOption({QStringLiteral("smtp-starttls"), AccountCommand::tr("Upgrade an smtp:// connection with "
                                                                          "STARTTLS.")});
    parser.addOption({QStringLiteral("smtp-password-stdin"),
                      AccountCommand::tr("The SMTP password differs from the IMAP one: read it from the next line "
                                         "of standard input.")});
    parser.addOption({QStringLiteral("from-name"),
                      AccountCommand::tr("The sender name applicants see, for example \"Room D 受付\"."),
                      AccountCommand::tr("NAME")});
    parser.addOption({QStringLiteral("from"), AccountCommand::tr("The sender address, when it is not the user name."),
                      AccountCommand::tr("ADDRESS")});
    parser.addOption({QStringLiteral("charset"),
                      AccountCommand::tr("How replies are encoded: utf8 (default) or iso2022jp for old phones."),
                      AccountCommand::tr("CHARSET"), QStringLiteral("utf8")});
    parser.addOption({QStringLiteral("sent-folder"),
                      AccountCommand::tr("Where copies of sent replies go (found on the server when not given)."),
                      AccountCommand::tr("FOLDER")});
    parser.addOption({QStringLiteral("drafts-folder"),
                      AccountCommand::tr("Where drafts go (found on the server when not given)."),
                      AccountCommand::tr("FOLDER")});
    parser.addOption({QStringLiteral("oauth"),
                      AccountCommand::tr("Sign in through the browser instead of a password: microsoft (Outlook.com, "
                                         "Hotmail), google (Gmail) or custom. Then run tsunagu account sign-in NAME."),
                      AccountCommand::tr("PROVIDER")});
    parser.addOption({QStringLiteral("oauth-client-id"),
                      AccountCommand::tr("The client ID registered for Tsunagu, when this build has none or another "
                                         "one should be used."),
                      AccountCommand::tr("ID")});
    parser.addOption({QStringLiteral("oauth-authorize-url"),
                      AccountCommand::tr("With --oauth custom: where the browser signs in."),
                      AccountCommand::tr("URL")});
    parser.addOption({QStringLiteral("oauth-token-url"),
                      AccountCommand::tr("With --oauth custom: where sign-ins become tokens."),
                      AccountCommand::tr("URL")});
    parser.addOption({QStringLiteral("oauth-scopes"),
                      AccountCommand::tr("The scopes to ask for, separated by spaces (the provider's mail scopes "
                                         "by default)."),
                      AccountCommand::tr("SCOPES")});
}

bool hasRequiredOptions(const QCommandLineParser& parser)
{
    if (parser.positionalArguments() == QStringList{QStringLiteral("add")} && parser.isSet(QStringLiteral("name")) &&
        parser.isSet(QStringLiteral("imap")))
        return true;
    Console::error(AccountCommand::tr("Usage: tsunagu account add --name NAME --imap imaps://USER@HOST:PORT "
                                      "[--folder INBOX] [--rooms D,DA] [--starttls] [--ca-file FILE | --pin "
                                      "sha256:HEX] [--password-stdin] [--smtp smtps://USER@HOST:PORT | --smtp "
                                      "smtp://USER@HOST:PORT --smtp-starttls] [--smtp-password-stdin] [--oauth "
                                      "microsoft|google|custom …]"));
    return false;
}

// The settings of the services we know, recognised by their server names.
MailProvider providerFor(const QString& host)
{
    const QString name = host.toLower();
    if (name == QLatin1String("imap.gmail.com") || name == QLatin1String("imap.googlemail.com"))
        return MailProvider::Gmail;
    if (name == QLatin1String("outlook.office365.com") || name.endsWith(QLatin1String(".outlook.com")) ||
        name.contains(QLatin1String("hotmail")))
        return MailProvider::Outlook;
    return MailProvider::Generic;
}

// The account as far as --imap and the options around it make it, on the settings of its provider.
std::optional<MailAccount> receivingAccount(const QCommandLineParser& parser)
{
    const auto url = ServerUrl::parse(parser.value(QStringLiteral("imap")), QStringLiteral("imaps"), 993,
                                      QStringLiteral("imap"), 143);
    if (!url) {
        Console::error(AccountCommand::tr("\"%1\" is not an IMAP address. Write it as imaps://USER@HOST:PORT, for "
                                          "example imaps://room-d@example.org@imap.example.org:993.")
                           .arg(parser.value(QStringLiteral("imap"))));
        return std::nullopt;
    }
    const bool startTls = parser.isSet(QStringLiteral("starttls"));
    if (startTls && url->implicitTls) {
        Console::error(AccountCommand::tr("--starttls goes with imap://, not imaps:// (which is encrypted from the "
                                          "start)."));
        return std::nullopt;
    }
    MailAccount account = presetAccount(providerFor(url->host));
    account.name = parser.value(QStringLiteral("name")).trimmed();
    account.userName = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")) : url->user;
    account.imapHost = url->host;
    account.imapPort = url->port;
    account.imapSecurity =
        url->implicitTls ? MailSecurity::Tls : (startTls ? MailSecurity::StartTls : MailSecurity::PlainLocal);
    account.folder = parser.value(QStringLiteral("folder"));
    return account;
}

// --smtp and the options that go with it.
bool readSmtpServer(const QCommandLineParser& parser, MailAccount& account)
{
    if (!parser.isSet(QStringLiteral("smtp"))) {
        if (!parser.isSet(QStringLiteral("smtp-starttls")) && !parser.isSet(QStringLiteral("smtp-password-stdin")))
            return true;
        Console::error(AccountCommand::tr("--smtp-starttls and --smtp-password-stdin go with --smtp."));
        return false;
    }
    const auto smtp = ServerUrl::parse(parser.value(QStringLiteral("smtp")), QStringLiteral("smtps"), 465,
                                       QStringLiteral("smtp"), 587);
    if (!smtp) {
        Console::error(AccountCommand::tr("\"%1\" is not an SMTP address. Write it as smtps://USER@HOST:PORT, "
                                          "for example smtps://room-d@example.org@smtp.example.org:465.")
                           .arg(parser.value(QStringLiteral("smtp"))));
        return false;
    }
    const bool smtpStartTls = parser.isSet(QStringLiteral("smtp-starttls"));
    if (smtpStartTls && smtp->implicitTls) {
        Console::error(AccountCommand::tr("--smtp-starttls goes with smtp://, not smtps:// (which is encrypted "
                                          "from the start)."));
        return false;
    }
    account.smtpHost = smtp->host;
    account.smtpPort = smtp->port;
    account.smtpSecurity =
        smtp->implicitTls ? MailSecurity::Tls : (smtpStartTls ? MailSecurity::StartTls : MailSecurity::PlainLocal);
    account.smtpUserName = smtp->user == account.userName ? QString() : smtp->user;
    if (account.smtpSecurity == MailSecurity::PlainLocal && !isLocalHost(account.smtpHost)) {
        Console::error(MailAccountText::issue(MailAccountIssue::PlainNotLocal));
        return false;
    }
    return true;
}

// How replies go out: their encoding, sender and folders, and whether SMTP has a password of its own.
bool readSending(const QCommandLineParser& parser, MailAccount& account)
{
    bool charsetKnown = false;
    account.outgoingCharset = outgoingCharsetFromKey(parser.value(QStringLiteral("charset")), &charsetKnown);
    if (!charsetKnown) {
        Console::error(AccountCommand::tr("--charset is utf8 or iso2022jp."));
        return false;
    }
    account.fromName = parser.value(QStringLiteral("from-name")).trimmed();
    account.fromAddress = parser.value(QStringLiteral("from")).trimmed();
    account.sentFolder = parser.value(QStringLiteral("sent-folder")).trimmed();
    account.draftsFolder = parser.value(QStringLiteral("drafts-folder")).trimmed();
    if (parser.isSet(QStringLiteral("smtp-password-stdin")))
        account.smtpSecretKey =
            QStringLiteral("mail-account-smtp/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return true;
}

// Which certificate the servers are trusted with beyond the system's CAs: --ca-file or --pin.
bool readTrust(const QCommandLineParser& parser, MailAccount& account)
{
    if (parser.isSet(QStringLiteral("ca-file")) && parser.isSet(QStringLiteral("pin"))) {
        Console::error(AccountCommand::tr("Give either --ca-file or --pin, not both."));
        return false;
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QFileInfo file(parser.value(QStringLiteral("ca-file")));
        if (QSslCertificate::fromPath(file.absoluteFilePath(), QSsl::Pem).isEmpty()) {
            Console::error(AccountCommand::tr("%1 holds no PEM certificate.").arg(file.filePath()));
            return false;
        }
        account.caFile = file.absoluteFilePath();
    }
    if (parser.isSet(QStringLiteral("pin"))) {
        account.pinnedSha256 = parseSha256(parser.value(QStringLiteral("pin")));
        account.smtpPinnedSha256 = account.pinnedSha256;
        if (account.pinnedSha256.isEmpty()) {
            Console::error(AccountCommand::tr("\"%1\" is not a SHA-256 fingerprint. Write it as sha256: followed by "
                                              "64 hexadecimal digits.")
                               .arg(parser.value(QStringLiteral("pin"))));
            return false;
        }
    }
    return true;
}

// --oauth and its options: the account signs in through the browser (the tokens come with account sign-in).
bool readOAuth(const QCommandLineParser& parser, MailAccount& account)
{
    const bool oauthOptions =
        parser.isSet(QStringLiteral("oauth-client-id")) || parser.isSet(QStringLiteral("oauth-authorize-url")) ||
        parser.isSet(QStringLiteral("oauth-token-url")) || parser.isSet(QStringLiteral("oauth-scopes"));
    if (!parser.isSet(QStringLiteral("oauth"))) {
        if (oauthOptions) {
            Console::error(AccountCommand::tr("--oauth-client-id, --oauth-authorize-url, --oauth-token-url and "
                                              "--oauth-scopes go with --oauth."));
            return false;
        }
        // A password account, even on Outlook.com's servers: validation then says that it needs --oauth microsoft.
        account.authMethod = MailAuthMethod::Password;
        account.oauth = {};
        return true;
    }
    const QString provider = parser.value(QStringLiteral("oauth")).trimmed().toLower();
    if (!isOAuthProvider(provider)) {
        Console::error(AccountCommand::tr("--oauth is microsoft, google or custom."));
        return false;
    }
    if (parser.isSet(QStringLiteral("password-stdin")) || parser.isSet(QStringLiteral("smtp-password-stdin"))) {
        Console::error(AccountCommand::tr("An account with --oauth has no password: leave out --password-stdin and "
                                          "sign in with tsunagu account sign-in NAME."));
        return false;
    }
    const bool custom = provider == QLatin1String("custom");
    if (custom !=
        (parser.isSet(QStringLiteral("oauth-authorize-url")) && parser.isSet(QStringLiteral("oauth-token-url")))) {
        Console::error(custom ? AccountCommand::tr("--oauth custom needs --oauth-authorize-url and --oauth-token-url.")
                              : AccountCommand::tr("--oauth-authorize-url and --oauth-token-url go with --oauth "
                                                   "custom."));
        return false;
    }
    account.authMethod = MailAuthMethod::OAuth2;
    account.askPassword = false;
    account.oauth.provider = provider;
    account.oauth.clientId = parser.value(QStringLiteral("oauth-client-id")).trimmed();
    account.oauth.authorizeUrl = parser.value(QStringLiteral("oauth-authorize-url")).trimmed();
    account.oauth.tokenUrl = parser.value(QStringLiteral("oauth-token-url")).trimmed();
    account.oauth.scopes = parser.value(QStringLiteral("oauth-scopes")).simplified();
    // Sending uses the same sign-in: Outlook.com's and Gmail's SMTP servers when no other is given.
    if (!parser.isSet(QStringLiteral("smtp")) && account.smtpHost.isEmpty()) {
        MailAccount servers;
        if (applyOAuthServers(provider, servers)) {
            account.smtpHost = servers.smtpHost;
            account.smtpPort = servers.smtpPort;
            account.smtpSecurity = servers.smtpSecurity;
        }
    }
    const OAuthResult<OAuthEndpoints> endpoints = resolveOAuth(account.oauth);
    // A missing client ID is said after adding (it can be given later); a wrong address stops here.
    if (!endpoints && endpoints.error().code != OAuthError::ClientIdMissing) {
        Console::error(OAuthText::error(endpoints.error().code) + QLatin1Char('\n') + endpoints.error().detail);
        return false;
    }
    return true;
}

std::optional<MailAccount> buildAccount(const QCommandLineParser& parser)
{
    std::optional<MailAccount> account = receivingAccount(parser);
    if (!account || !readSmtpServer(parser, *account) || !readSending(parser, *account) ||
        !readTrust(parser, *account) || !readOAuth(parser, *account))
        return std::nullopt;
    return account;
}

// The account is complete and consistent, its rooms exist and its name is free. Gives the codes of its rooms.
std::optional<QStringList> validateAccount(Session& session, const MailAccount& account, const QString& roomCodes)
{
    const QVector<MailAccountIssue> issues = validate(account);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const MailAccountIssue issue : issues)
            lines << MailAccountText::issue(issue);
        Console::error(lines.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    QStringList rooms;
    for (const QString& code : roomCodes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!session.rooms().byCode(code.trimmed())) {
            Console::error(
                AccountCommand::tr("There is no room \"%1\". Run tsunagu rooms list to see the rooms.").arg(code));
            return std::nullopt;
        }
        rooms << code.trimmed();
    }
    if (session.mailAccounts().byName(account.name)) {
        Console::error(AccountCommand::tr("There is already a mail account named \"%1\".").arg(account.name));
        return std::nullopt;
    }
    return rooms;
}

struct Passwords
{
    std::optional<QString> imap;
    std::optional<QString> smtp;
};

// The passwords given on standard input: the IMAP one on the first line, then the SMTP one.
std::optional<Passwords> readPasswords(const QCommandLineParser& parser)
{
    Passwords passwords;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        passwords.imap = Console::readSecretLine();
        if (!passwords.imap) {
            Console::error(AccountCommand::tr("No password was given on standard input."));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("smtp-password-stdin"))) {
        passwords.smtp = Console::readSecretLine();
        if (!passwords.smtp) {
            Console::error(AccountCommand::tr("No SMTP password was given on standard input."));
            return std::nullopt;
        }
    }
    return passwords;
}

void reportAdded(const MailAccount& account)
{
    Console::out(AccountCommand::tr("Added the mail account \"%1\" (%2 on %3:%4).")
                     .arg(account.name, account.userName, account.imapHost)
                     .arg(account.imapPort));
    if (canSend(account))
        Console::out(AccountCommand::tr("Replies are sent through %1:%2 as %3.")
                         .arg(account.smtpHost)
                         .arg(account.smtpPort)
                         .arg(senderAddress(account)));
}

// Writes the passwords one after another under the keys the saved account has; without a keychain they cannot
// outlive this command, so the account asks for them at each sync and send instead.
int keepPasswords(Session& session, const MailAccount& account, const Passwords& passwords)
{
    QVector<QPair<QString, QString>> toKeep; // (secret key, password)
    if (passwords.imap)
        toKeep.append({account.secretKey, *passwords.imap});
    if (passwords.smtp)
        toKeep.append({account.smtpSecretKey, *passwords.smtp});
    if (toKeep.isEmpty())
        return 0;

    QObject context;
    auto remaining = std::make_shared<QVector<QPair<QString, QString>>>(toKeep);
    auto next = std::make_shared<std::function<void()>>();
    *next = [&session, &context, account, remaining, next]() {
        if (remaining->isEmpty()) {
            Console::out(AccountCommand::tr("The password is kept in the keychain."));
            QCoreApplication::exit(0);
            return;
        }
        const auto [key, secret] = remaining->takeFirst();
        session.keychain().write(
            key, secret, &context, [&session, account, next](const Result<SecretLocation, SecretError>& written) {
                if (written.ok()) {
                    (*next)();
                    return;
                }
                MailAccount asking = account;
                asking.askPassword = true;
                // Best effort: the message below tells the host the password was not kept either way.
                (void)session.mailAccounts().update(asking);
                Console::error(MailAccountText::secretError(written.error().code) + QLatin1Char(' ') +
                               AccountCommand::tr("The password was not saved. Give it each time you receive mail, "
                                                  "with tsunagu sync --password-stdin."));
                QCoreApplication::exit(0);
            });
    };
    (*next)();
    const int status = QCoreApplication::exec(); // until the keychain has answered
    *next = nullptr;                             // breaks the cycle between the function and its own copy
    return status;
}

} // namespace

int AccountAddCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    describeOptions(parser);
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (!hasRequiredOptions(parser))
        return s_usage;
    const std::optional<MailAccount> account = buildAccount(parser);
    if (!account)
        return s_usage;
    const std::optional<QStringList> rooms = validateAccount(session, *account, parser.value(QStringLiteral("rooms")));
    if (!rooms)
        return s_usage;
    const std::optional<Passwords> passwords = readPasswords(parser);
    if (!passwords)
        return s_usage;

    const auto id = session.mailAccounts().save(*account, *rooms);
    if (!id) {
        Console::error(ErrorText::title(id.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(id.error().code, session.profile().directory()));
        return s_failed;
    }
    reportAdded(*account);
    if (account->authMethod == MailAuthMethod::OAuth2) {
        const OAuthResult<OAuthEndpoints> endpoints = resolveOAuth(account->oauth);
        if (!endpoints)
            Console::error(OAuthText::error(endpoints.error().code) + QLatin1Char('\n') + endpoints.error().detail);
        Console::out(AccountCommand::tr("Sign in with %1 next: tsunagu account sign-in \"%2\"")
                         .arg(OAuthText::providerName(account->oauth.provider), account->name));
        return 0;
    }
    // The saved account has the keys its passwords are kept under.
    return keepPasswords(session, session.mailAccounts().byId(id.value()).value(), *passwords);
}

} // namespace tsunagu::app
