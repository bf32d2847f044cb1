// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandMain.h"

#include "AccountCommand.h"
#include "ApplicantsCommand.h"
#include "CommandLine.h"
#include "Console.h"
#include "MailCommand.h"
#include "ReplyCommand.h"
#include "RoomsCommand.h"
#include "Session.h"
#include "SyncCommand.h"
#include "mail/net/SslMailSocket.h"
#include "text/ErrorText.h"
#include "text/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <optional>

namespace tsunagu::app {
namespace {

int runCommand(Session& session, const QStringList& command)
{
    if (command.first() == QLatin1String("rooms"))
        return RoomsCommand::run(session, command);
    if (command.first() == QLatin1String("applicants"))
        return ApplicantsCommand::run(session, command);
    if (command.first() == QLatin1String("mail"))
        return MailCommand::runMail(session, command);
    if (command.first() == QLatin1String("import"))
        return MailCommand::runImport(session, command);
    if (command.first() == QLatin1String("account"))
        return AccountCommand::run(session, command);
    if (command.first() == QLatin1String("sync"))
        return SyncCommand::run(session, command);
    if (command.first() == QLatin1String("reply"))
        return ReplyCommand::run(session, command);
    Console::error(QCoreApplication::translate("main", "Unknown command \"%1\". Run tsunagu --help to see the "
                                                       "commands.")
                       .arg(command.first()));
    return 2;
}

} // namespace

QString savedLanguage(const QStringList& arguments)
{
    const CommandLineOptions options = CommandLine::peek(arguments);
    const QString directory = options.profile.isEmpty() ? Profile::defaultDirectory() : options.profile;
    const QString path = QDir(directory).filePath(QLatin1String(Profile::s_uiStateFile));
    if (!QFileInfo::exists(path))
        return {};
    return QSettings(path, QSettings::IniFormat).value(UiLanguage::s_settingsKey).toString();
}

int runCommandLine(int& argc, char** argv, const QStringList& arguments)
{
    QCoreApplication application(argc, argv);
    // Joined before the application goes, on every way out.
    std::optional<TlsWarmup> tlsWarmup;
    if (CommandLine::connects(arguments))
        tlsWarmup.emplace();
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));

    const CommandLineOptions peeked = CommandLine::peek(arguments);
    const QString language = UiLanguage::resolve(peeked.language, savedLanguage(arguments));
    UiLanguage::install(application, language.isEmpty() ? QStringLiteral("en") : language);

    CommandLineOptions options;
    switch (CommandLine::parse(arguments, options)) {
    case CommandLine::Outcome::ExitOk:
        return 0;
    case CommandLine::Outcome::ExitUsage:
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }
    if (options.command.isEmpty()) {
        // Only reached when a window was wanted but this program cannot show one.
        Console::error(QCoreApplication::translate("main", "Name a command, or run tsunagu --help to see them."));
        return 2;
    }

    SystemClock clock;
    Session::Failure failure;
    const bool receiving = options.command.first() == QLatin1String("sync");
    std::unique_ptr<Session> session =
        Session::open(options, clock, failure, receiving ? Session::Use::Receiving : Session::Use::Everything);
    if (!session) {
        Console::error(ErrorText::title(failure.error.code) + QLatin1Char('\n') +
                       ErrorText::explanation(failure.error.code, failure.location));
        return 1;
    }
    return runCommand(*session, options.command);
}

} // namespace tsunagu::app
