// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountCommand.h"

#include "Console.h"
#include "ServerUrl.h"
#include "Session.h"
#include "common/ErrorText.h"
#include "common/MailAccountText.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <memory>

namespace tsunagu::app {
namespace {

constexpr int s_usage = 2;
constexpr int s_failed = 1;

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

void storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ui::ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ui::ErrorText::explanation(failure.code, session.profile().directory()));
}

// Runs the command's event loop until the keychain has answered.
int waitForKeychain()
{
    return QCoreApplication::exec();
}

int keepPasswords(Session& session, const MailAccount& account, const QVector<QPair<QString, QString>>& toKeep);

int add(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
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
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("add")} || !parser.isSet(QStringLiteral("name")) ||
        !parser.isSet(QStringLiteral("imap"))) {
        Console::error(AccountCommand::tr("Usage: tsunagu account add --name NAME --imap imaps://USER@HOST:PORT "
                                          "[--folder INBOX] [--rooms D,DA] [--starttls] [--ca-file FILE | --pin "
                                          "sha256:HEX] [--password-stdin] [--smtp smtps://USER@HOST:PORT | --smtp "
                                          "smtp://USER@HOST:PORT --smtp-starttls] [--smtp-password-stdin]"));
        return s_usage;
    }

    const auto url = ServerUrl::parse(parser.value(QStringLiteral("imap")), QStringLiteral("imaps"), 993,
                                      QStringLiteral("imap"), 143);
    if (!url) {
        Console::error(AccountCommand::tr("\"%1\" is not an IMAP address. Write it as imaps://USER@HOST:PORT, for "
                                          "example imaps://room-d@example.org@imap.example.org:993.")
                           .arg(parser.value(QStringLiteral("imap"))));
        return s_usage;
    }
    const bool startTls = parser.isSet(QStringLiteral("starttls"));
    if (startTls && url->implicitTls) {
        Console::error(AccountCommand::tr("--starttls goes with imap://, not imaps:// (which is encrypted from the "
                                          "start)."));
        return s_usage;
    }

    MailAccount account = presetAccount(providerFor(url->host));
    account.name = parser.value(QStringLiteral("name")).trimmed();
    account.userName = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")) : url->user;
    account.imapHost = url->host;
    account.imapPort = url->port;
    account.imapSecurity =
        url->implicitTls ? MailSecurity::Tls : (startTls ? MailSecurity::StartTls : MailSecurity::PlainLocal);
    account.folder = parser.value(QStringLiteral("folder"));

    if (parser.isSet(QStringLiteral("smtp"))) {
        const auto smtp = ServerUrl::parse(parser.value(QStringLiteral("smtp")), QStringLiteral("smtps"), 465,
                                           QStringLiteral("smtp"), 587);
        if (!smtp) {
            Console::error(AccountCommand::tr("\"%1\" is not an SMTP address. Write it as smtps://USER@HOST:PORT, "
                                              "for example smtps://room-d@example.org@smtp.example.org:465.")
                               .arg(parser.value(QStringLiteral("smtp"))));
            return s_usage;
        }
        const bool smtpStartTls = parser.isSet(QStringLiteral("smtp-starttls"));
        if (smtpStartTls && smtp->implicitTls) {
            Console::error(AccountCommand::tr("--smtp-starttls goes with smtp://, not smtps:// (which is encrypted "
                                              "from the start)."));
            return s_usage;
        }
        account.smtpHost = smtp->host;
        account.smtpPort = smtp->port;
        account.smtpSecurity =
            smtp->implicitTls ? MailSecurity::Tls : (smtpStartTls ? MailSecurity::StartTls : MailSecurity::PlainLocal);
        account.smtpUserName = smtp->user == account.userName ? QString() : smtp->user;
        if (account.smtpSecurity == MailSecurity::PlainLocal && !isLocalHost(account.smtpHost)) {
            Console::error(ui::MailAccountText::issue(MailAccountIssue::PlainNotLocal));
            return s_usage;
        }
    } else if (parser.isSet(QStringLiteral("smtp-starttls")) || parser.isSet(QStringLiteral("smtp-password-stdin"))) {
        Console::error(AccountCommand::tr("--smtp-starttls and --smtp-password-stdin go with --smtp."));
        return s_usage;
    }
    bool charsetKnown = false;
    account.outgoingCharset = outgoingCharsetFromKey(parser.value(QStringLiteral("charset")), &charsetKnown);
    if (!charsetKnown) {
        Console::error(AccountCommand::tr("--charset is utf8 or iso2022jp."));
        return s_usage;
    }
    account.fromName = parser.value(QStringLiteral("from-name")).trimmed();
    account.fromAddress = parser.value(QStringLiteral("from")).trimmed();
    account.sentFolder = parser.value(QStringLiteral("sent-folder")).trimmed();
    account.draftsFolder = parser.value(QStringLiteral("drafts-folder")).trimmed();
    if (parser.isSet(QStringLiteral("smtp-password-stdin")))
        account.smtpSecretKey =
            QStringLiteral("mail-account-smtp/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (parser.isSet(QStringLiteral("ca-file")) && parser.isSet(QStringLiteral("pin"))) {
        Console::error(AccountCommand::tr("Give either --ca-file or --pin, not both."));
        return s_usage;
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QFileInfo file(parser.value(QStringLiteral("ca-file")));
        if (QSslCertificate::fromPath(file.absoluteFilePath(), QSsl::Pem).isEmpty()) {
            Console::error(AccountCommand::tr("%1 holds no PEM certificate.").arg(file.filePath()));
            return s_usage;
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
            return s_usage;
        }
    }

    const QVector<MailAccountIssue> issues = validate(account);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const MailAccountIssue issue : issues)
            lines << ui::MailAccountText::issue(issue);
        Console::error(lines.join(QLatin1Char('\n')));
        return s_usage;
    }

    QStringList rooms;
    for (const QString& code : parser.value(QStringLiteral("rooms")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!session.rooms().byCode(code.trimmed())) {
            Console::error(
                AccountCommand::tr("There is no room \"%1\". Run tsunagu rooms list to see the rooms.").arg(code));
            return s_usage;
        }
        rooms << code.trimmed();
    }
    if (session.mailAccounts().byName(account.name)) {
        Console::error(AccountCommand::tr("There is already a mail account named \"%1\".").arg(account.name));
        return s_usage;
    }

    std::optional<QString> password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = Console::readSecretLine();
        if (!password) {
            Console::error(AccountCommand::tr("No password was given on standard input."));
            return s_usage;
        }
    }
    std::optional<QString> smtpPassword;
    if (parser.isSet(QStringLiteral("smtp-password-stdin"))) {
        smtpPassword = Console::readSecretLine();
        if (!smtpPassword) {
            Console::error(AccountCommand::tr("No SMTP password was given on standard input."));
            return s_usage;
        }
    }

    auto id = session.mailAccounts().save(account, rooms);
    if (!id) {
        storeError(session, id.error());
        return s_failed;
    }
    Console::out(AccountCommand::tr("Added the mail account \"%1\" (%2 on %3:%4).")
                     .arg(account.name, account.userName, account.imapHost)
                     .arg(account.imapPort));
    if (canSend(account))
        Console::out(AccountCommand::tr("Replies are sent through %1:%2 as %3.")
                         .arg(account.smtpHost)
                         .arg(account.smtpPort)
                         .arg(senderAddress(account)));

    const MailAccount stored = session.mailAccounts().byId(id.value()).value();
    QVector<QPair<QString, QString>> toKeep; // (secret key, password)
    if (password)
        toKeep.append({stored.secretKey, *password});
    if (smtpPassword)
        toKeep.append({stored.smtpSecretKey, *smtpPassword});
    if (toKeep.isEmpty())
        return 0;
    return keepPasswords(session, stored, toKeep);
}

// Writes the passwords one after another; without a keychain they cannot outlive this command, so the account
// asks for them at each sync and send instead.
int keepPasswords(Session& session, const MailAccount& account, const QVector<QPair<QString, QString>>& toKeep)
{
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
                session.mailAccounts().update(asking);
                Console::error(ui::MailAccountText::secretError(written.error().code) + QLatin1Char(' ') +
                               AccountCommand::tr("The password was not saved. Give it each time you receive mail, "
                                                  "with tsunagu sync --password-stdin."));
                QCoreApplication::exit(0);
            });
    };
    (*next)();
    const int status = waitForKeychain();
    *next = nullptr; // breaks the cycle between the function and its own copy
    return status;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Machine-readable: stable keys, never translated. There is no password to print: it is never in the database.
QJsonObject toJson(const MailAccount& account, const QStringList& rooms)
{
    QJsonObject lastError;
    if (account.lastError != MailAccountProblem::None) {
        lastError = {{QStringLiteral("code"), mailAccountProblemKey(account.lastError)},
                     {QStringLiteral("detail"), account.lastErrorDetail},
                     {QStringLiteral("at"), account.lastErrorAt.toUTC().toString(Qt::ISODate)}};
    }
    return {
        {QStringLiteral("name"), account.name},
        {QStringLiteral("provider"), mailProviderKey(account.provider)},
        {QStringLiteral("user"), account.userName},
        {QStringLiteral("imapHost"), account.imapHost},
        {QStringLiteral("imapPort"), account.imapPort},
        {QStringLiteral("imapSecurity"), mailSecurityKey(account.imapSecurity)},
        {QStringLiteral("folder"), account.folder},
        {QStringLiteral("rooms"), QJsonArray::fromStringList(rooms)},
        {QStringLiteral("caFile"), textOrNull(account.caFile)},
        {QStringLiteral("pin"), textOrNull(formatSha256(account.pinnedSha256))},
        {QStringLiteral("askPassword"), account.askPassword},
        {QStringLiteral("smtpHost"), textOrNull(account.smtpHost)},
        {QStringLiteral("smtpPort"), account.smtpPort},
        {QStringLiteral("smtpSecurity"), mailSecurityKey(account.smtpSecurity)},
        {QStringLiteral("smtpUser"), smtpLogin(account)},
        {QStringLiteral("from"), senderAddress(account)},
        {QStringLiteral("fromName"), textOrNull(account.fromName)},
        {QStringLiteral("charset"), outgoingCharsetKey(account.outgoingCharset)},
        {QStringLiteral("sentFolder"), textOrNull(account.sentFolder)},
        {QStringLiteral("draftsFolder"), textOrNull(account.draftsFolder)},
        {QStringLiteral("serverFilesSent"), account.serverFilesSent},
        {QStringLiteral("lastError"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
    };
}

int list(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), AccountCommand::tr("Print JSON instead of a table.")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        Console::error(AccountCommand::tr("Usage: tsunagu account list [--json]"));
        return s_usage;
    }
    auto accounts = session.mailAccounts().all();
    if (!accounts) {
        storeError(session, accounts.error());
        return s_failed;
    }
    QJsonArray json;
    QStringList lines;
    for (const MailAccount& account : accounts.value()) {
        const QStringList rooms = session.mailAccounts().roomCodes(account.id).value();
        json.append(toJson(account, rooms));
        lines << QStringLiteral("%1\t%2\t%3:%4\t%5\t%6\t%7\t%8")
                     .arg(account.name, account.userName, account.imapHost, QString::number(account.imapPort),
                          ui::MailAccountText::security(account.imapSecurity), account.folder,
                          rooms.isEmpty() ? QStringLiteral("-") : rooms.join(QLatin1Char(',')),
                          ui::MailAccountText::problem(account.lastError));
    }
    if (parser.isSet(QStringLiteral("json")))
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    else if (!lines.isEmpty())
        Console::out(lines.join(QLatin1Char('\n')));
    return 0;
}

int remove(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), AccountCommand::tr("The account to remove."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("remove")) {
        Console::error(AccountCommand::tr("Usage: tsunagu account remove NAME"));
        return s_usage;
    }
    auto account = session.mailAccounts().byName(positional.at(1));
    if (!account) {
        Console::error(AccountCommand::tr("There is no mail account named \"%1\". Run tsunagu account list to see "
                                          "them.")
                           .arg(positional.at(1)));
        return s_usage;
    }
    if (auto removed = session.mailAccounts().remove(account->id); !removed) {
        storeError(session, removed.error());
        return s_failed;
    }
    Console::out(AccountCommand::tr("Removed the mail account \"%1\". Its rooms stay, but receive no mail until "
                                    "you add them to another account.")
                     .arg(account->name));
    QObject context;
    session.keychain().remove(account->secretKey, &context, [](const std::optional<SecretFailure>& failure) {
        // No keychain means no saved password to remove; any other failure leaves an entry behind, say so.
        if (failure && failure->code != SecretError::Unavailable)
            Console::error(ui::MailAccountText::secretError(failure->code) + QLatin1Char(' ') +
                           AccountCommand::tr("Remove the entry \"Tsunagu\" for this account from the keychain "
                                              "yourself."));
        QCoreApplication::exit(0);
    });
    return waitForKeychain();
}

} // namespace

int AccountCommand::run(Session& session, const QStringList& arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("add"))
        return add(session, arguments);
    if (verb == QLatin1String("list"))
        return list(session, arguments);
    if (verb == QLatin1String("remove"))
        return remove(session, arguments);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        Console::out(tr("Usage:\n  tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [--folder INBOX] "
                        "[--rooms D,DA] [--starttls] [--ca-file FILE | --pin sha256:HEX] [--password-stdin]\n"
                        "      [--smtp smtps://USER@HOST:PORT | --smtp smtp://USER@HOST:PORT --smtp-starttls] "
                        "[--smtp-password-stdin] [--from-name NAME] [--from ADDRESS] [--charset utf8|iso2022jp] "
                        "[--sent-folder FOLDER] [--drafts-folder FOLDER]\n"
                        "  tsunagu account list [--json]\n  tsunagu account remove NAME"));
        return 0;
    }
    Console::error(tr("Usage: tsunagu account add|list|remove … (tsunagu account --help shows the details)"));
    return s_usage;
}

} // namespace tsunagu::app
