// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandMain.h"

#include "CliLog.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "Console.h"
#include "QuitOnSignals.h"
#include "Session.h"
#include "diagnostics/LogRing.h"
#include "mail/net/SslMailSocket.h"
#include "mail/net/TraceFile.h"
#include "text/ErrorText.h"
#include "text/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <optional>

namespace tsunagu::app {
namespace {

// The command the arguments name, or nullptr when they name none or an unknown one.
const Command* commandIn(const QStringList& arguments)
{
    const QStringList command = CommandLine::peek(arguments).command;
    return command.isEmpty() ? nullptr : CommandTable::find(command.first());
}

} // namespace

bool openTrace(const QString& path, const Clock& clock, std::unique_ptr<TraceFile>& trace)
{
    auto opened = TraceFile::open(path, clock);
    if (!opened) {
        Console::error(QCoreApplication::translate("main", "The trace file %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), opened.error().detail));
        return false;
    }
    trace = std::move(opened.value());
    qCInfo(lcCli) << "protocol trace on";
    return true;
}

QString savedLanguage(const QStringList& arguments)
{
    const CommandLineOptions options = CommandLine::peek(arguments);
    const QString directory = options.profile.isEmpty() ? Profile::defaultDirectory() : options.profile;
    const QString path = QDir(directory).filePath(QLatin1String(Profile::s_uiStateFile));
    if (!QFileInfo::exists(path))
        return {};
    return QSettings(path, QSettings::IniFormat).value(UiLanguage::s_settingsKey).toString();
}

int runCommandLine(int& argc, char** argv, const QStringList& arguments, const DrawingSupport* drawing)
{
    const Command* named = commandIn(arguments);
    const bool draws = named && CommandTable::draws(*named, CommandLine::peek(arguments).command) && drawing;
    std::unique_ptr<QCoreApplication> applicationOwner =
        draws ? drawing->makeApplication(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& application = *applicationOwner;
    // SIGTERM, SIGINT and SIGHUP end a command like a normal exit: the profile closes and lets go of its lock.
    QuitOnSignals quitOnSignals;
    // Joined before the application goes, on every way out.
    std::optional<TlsWarmup> tlsWarmup;
    if (named && named->connects)
        tlsWarmup.emplace();
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));
    LogRing::install(); // the last log lines, for tsunagu diagnostics

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
    std::unique_ptr<TraceFile> trace;
    if (!options.trace.isEmpty() && !openTrace(options.trace, clock, trace))
        return 1;

    // The profile is opened before an unknown command is reported: a profile that cannot be opened is reported
    // first, whatever the command.
    const Command* command = CommandTable::find(options.command.first());
    if (command && CommandTable::draws(*command, options.command)) {
        command = drawing ? drawing->find(options.command.first()) : nullptr;
        if (!command) {
            Console::error(QCoreApplication::translate("main", "The command \"%1\" draws pages and runs in the "
                                                               "tsunagu-window program, which is missing here. "
                                                               "Reinstall Tsunagu.")
                               .arg(options.command.first()));
            return 1;
        }
    }
    if (command && command->runWithoutSession)
        return command->runWithoutSession(options, options.command);
    Session::Failure failure;
    std::unique_ptr<Session> session =
        Session::open(options, clock, failure, command ? command->profileUse : Session::Use::Everything);
    if (!session) {
        Console::error(ErrorText::title(failure.error.code) + QLatin1Char('\n') +
                       ErrorText::explanation(failure.error.code, failure.location));
        // Scripts tell "the passphrase is missing or wrong" apart from other failures (see the help).
        const bool passphrase = failure.error.code == StoreError::PassphraseNeeded ||
                                failure.error.code == StoreError::WrongPassphrase ||
                                failure.error.code == StoreError::KeychainUnavailable ||
                                failure.error.code == StoreError::KeychainKeyMissing;
        return passphrase ? s_exitPassphrase : 1;
    }
    if (session->keyNote() == Session::KeyNote::SealedWithKeychain)
        Console::error(QCoreApplication::translate("main", "This profile's data is sealed now, with its key kept in "
                                                           "this computer's keychain."));
    if (!command) {
        Console::error(QCoreApplication::translate("main", "Unknown command \"%1\". Run tsunagu --help to see the "
                                                           "commands.")
                           .arg(options.command.first()));
        return 2;
    }
    qCDebug(lcCli) << "running" << options.command.first();
    const int status = command->run(*session, options.command);
    qCDebug(lcCli) << options.command.first() << "ended with" << status;
    return status;
}

} // namespace tsunagu::app
