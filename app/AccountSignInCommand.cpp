// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSignInCommand.h"

#include "AccountCommand.h"
#include "Console.h"
#include "Session.h"
#include "oauth/OAuthProvider.h"
#include "oauth/SignInFlow.h"
#include "text/MailAccountText.h"
#include "text/OAuthText.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcess>

namespace tsunagu::app {
namespace {

constexpr int s_usage = 2;
constexpr int s_failed = 1;

// The system browser without Qt Gui (the commands never load it): the desktop's own opener.
bool openBrowser(const QUrl& url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
}

} // namespace

int AccountSignInCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), AccountCommand::tr("The account to sign in."));
    parser.addOption(
        {QStringLiteral("no-browser"), AccountCommand::tr("Do not open the browser: only print the address to open.")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("sign-in")) {
        Console::error(AccountCommand::tr("Usage: tsunagu account sign-in NAME [--no-browser]"));
        return s_usage;
    }
    auto account = session.mailAccounts().byName(positional.at(1));
    if (!account) {
        Console::error(AccountCommand::tr("There is no mail account named \"%1\". Run tsunagu account list to see "
                                          "them.")
                           .arg(positional.at(1)));
        return s_usage;
    }
    if (account->authMethod != MailAuthMethod::OAuth2) {
        Console::error(AccountCommand::tr("The account \"%1\" signs in with a password, not through the browser. Add "
                                          "it with --oauth microsoft, google or custom to sign in this way.")
                           .arg(account->name));
        return s_usage;
    }
    const OAuthResult<OAuthEndpoints> endpoints = resolveOAuth(account->oauth);
    if (!endpoints) {
        Console::error(OAuthText::error(endpoints.error().code) + QLatin1Char('\n') + endpoints.error().detail);
        return s_failed;
    }

    QNetworkAccessManager network;
    SignInFlow flow(network, session.clock());
    int status = s_failed;
    const MailAccount signingIn = account.value();
    auto started = flow.start(
        endpoints.value(), account->userName, {OAuthText::successPage(), OAuthText::failurePage()},
        [&session, &status, &flow, signingIn](OAuthResult<OAuthTokens> result) {
            if (!result.ok()) {
                Console::error(OAuthText::error(result.error().code));
                QCoreApplication::exit(s_failed);
                return;
            }
            session.keychainTokens().storeTokens(
                signingIn.secretKey, result.value(), &flow,
                [&session, &status, signingIn](const Result<SecretLocation, SecretError>& written) {
                    if (!written.ok()) {
                        // Without a keychain the tokens would die with this command: say so rather than pretend.
                        Console::error(MailAccountText::secretError(written.error().code) + QLatin1Char(' ') +
                                       AccountCommand::tr("The sign-in worked but could not be kept; receiving "
                                                          "needs a keychain for signed-in accounts."));
                        QCoreApplication::exit(s_failed);
                        return;
                    }
                    (void)session.mailAccounts().setSignedIn(signingIn.id, session.clock().now());
                    (void)session.mailAccounts().clearLastError(signingIn.id);
                    Console::out(AccountCommand::tr("Signed in: \"%1\" now receives and sends with %2 without "
                                                    "asking again.")
                                     .arg(signingIn.name, OAuthText::providerName(signingIn.oauth.provider)));
                    status = 0;
                    QCoreApplication::exit(0);
                });
        });
    if (!started) {
        Console::error(OAuthText::error(started.error().code));
        return s_failed;
    }
    Console::out(AccountCommand::tr("Open this address in a browser and sign in as %1 (Tsunagu waits up to 5 "
                                    "minutes):")
                     .arg(account->userName));
    // On a line of its own, so it can be copied or followed by a script.
    Console::out(started.value().toString(QUrl::FullyEncoded));
    if (!parser.isSet(QStringLiteral("no-browser")) && !openBrowser(started.value()))
        Console::error(AccountCommand::tr("The browser could not be opened: open the address above yourself."));
    const int exitCode = QCoreApplication::exec();
    return exitCode == 0 ? status : exitCode;
}

} // namespace tsunagu::app
