// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountCommand.h"

#include "AccountAddCommand.h"
#include "AccountSignInCommand.h"
#include "Console.h"
#include "Session.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsunagu::app {
namespace {

constexpr int s_usage = 2;
constexpr int s_failed = 1;

void storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
}

// Runs the command's event loop until the keychain has answered.
int waitForKeychain()
{
    return QCoreApplication::exec();
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
        {QStringLiteral("auth"), mailAuthMethodKey(account.authMethod)},
        {QStringLiteral("oauthProvider"), textOrNull(account.oauth.provider)},
        {QStringLiteral("signedInAt"), account.oauthSignedInAt.isValid()
                                           ? QJsonValue(account.oauthSignedInAt.toUTC().toString(Qt::ISODate))
                                           : QJsonValue()},
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
                          MailAccountText::security(account.imapSecurity), account.folder,
                          rooms.isEmpty() ? QStringLiteral("-") : rooms.join(QLatin1Char(',')),
                          MailAccountText::problem(account.lastError));
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
            Console::error(MailAccountText::secretError(failure->code) + QLatin1Char(' ') +
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
        return AccountAddCommand::run(session, arguments);
    if (verb == QLatin1String("list"))
        return list(session, arguments);
    if (verb == QLatin1String("remove"))
        return remove(session, arguments);
    if (verb == QLatin1String("sign-in"))
        return AccountSignInCommand::run(session, arguments);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        Console::out(tr("Usage:\n  tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [--folder INBOX] "
                        "[--rooms D,DA] [--starttls] [--ca-file FILE | --pin sha256:HEX] [--password-stdin]\n"
                        "      [--smtp smtps://USER@HOST:PORT | --smtp smtp://USER@HOST:PORT --smtp-starttls] "
                        "[--smtp-password-stdin] [--from-name NAME] [--from ADDRESS] [--charset utf8|iso2022jp] "
                        "[--sent-folder FOLDER] [--drafts-folder FOLDER]\n"
                        "      [--oauth microsoft|google|custom [--oauth-client-id ID] [--oauth-authorize-url URL "
                        "--oauth-token-url URL] [--oauth-scopes \"SCOPES\"]]\n"
                        "  tsunagu account sign-in NAME [--no-browser]\n"
                        "  tsunagu account list [--json]\n  tsunagu account remove NAME"));
        return 0;
    }
    Console::error(tr("Usage: tsunagu account add|sign-in|list|remove … (tsunagu account --help shows the details)"));
    return s_usage;
}

} // namespace tsunagu::app
