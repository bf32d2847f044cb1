// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: reads the command line, opens the profile, builds the core services and hands them to the
// window or to a command.
#include "AccountCommand.h"
#include "ApplicantsCommand.h"
#include "CommandLine.h"
#include "Console.h"
#include "MailCommand.h"
#include "MainWindow.h"
#include "ReplyCommand.h"
#include "RoomsCommand.h"
#include "Session.h"
#include "SyncCommand.h"
#include "common/ErrorText.h"
#include "common/MailReceiver.h"
#include "common/UiLanguage.h"
#include "mail/net/SslMailSocket.h"
#include "mail/sync/MailWatcher.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>

#include <memory>
#include <optional>

using namespace tsunagu;

namespace {

QString savedLanguage(const app::CommandLineOptions& options)
{
    const QString directory = options.profile.isEmpty() ? Profile::defaultDirectory() : options.profile;
    const QString path = QDir(directory).filePath(QLatin1String(Profile::s_uiStateFile));
    if (!QFileInfo::exists(path))
        return {};
    return QSettings(path, QSettings::IniFormat).value(ui::UiLanguage::s_settingsKey).toString();
}

int runCommand(app::Session& session, const QStringList& command)
{
    if (command.first() == QLatin1String("rooms"))
        return app::RoomsCommand::run(session, command);
    if (command.first() == QLatin1String("applicants"))
        return app::ApplicantsCommand::run(session, command);
    if (command.first() == QLatin1String("mail"))
        return app::MailCommand::runMail(session, command);
    if (command.first() == QLatin1String("import"))
        return app::MailCommand::runImport(session, command);
    if (command.first() == QLatin1String("account"))
        return app::AccountCommand::run(session, command);
    if (command.first() == QLatin1String("sync"))
        return app::SyncCommand::run(session, command);
    if (command.first() == QLatin1String("reply"))
        return app::ReplyCommand::run(session, command);
    app::Console::error(QCoreApplication::translate("main", "Unknown command \"%1\". Run tsunagu --help to see the "
                                                            "commands.")
                            .arg(command.first()));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands, --help and --version work without a display.
    const bool window = app::CommandLine::wantsWindow(arguments);
    std::unique_ptr<QCoreApplication> application;
    if (window)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    // Destroyed before the application, on every way out of main.
    std::optional<TlsWarmup> tlsWarmup;
    if (app::CommandLine::connects(arguments))
        tlsWarmup.emplace();
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));

    const app::CommandLineOptions peeked = app::CommandLine::peek(arguments);
    const QString language = ui::UiLanguage::resolve(peeked.language, savedLanguage(peeked));
    ui::UiLanguage::install(*application, language.isEmpty() ? QStringLiteral("en") : language);
    if (window)
        QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Tsunagu"));

    app::CommandLineOptions options;
    switch (app::CommandLine::parse(arguments, options)) {
    case app::CommandLine::Outcome::ExitOk:
        return 0;
    case app::CommandLine::Outcome::ExitUsage:
        return 2;
    case app::CommandLine::Outcome::Run:
        break;
    }

    SystemClock clock;
    app::Session::Failure failure;
    const bool receiving = !window && options.command.first() == QLatin1String("sync");
    std::unique_ptr<app::Session> session = app::Session::open(
        options, clock, failure, receiving ? app::Session::Use::Receiving : app::Session::Use::Everything);
    if (!session) {
        const QString title = ui::ErrorText::title(failure.error.code);
        const QString text = ui::ErrorText::explanation(failure.error.code, failure.location);
        if (window)
            QMessageBox::critical(nullptr, title, text);
        else
            app::Console::error(title + QLatin1Char('\n') + text);
        return 1;
    }

    if (!window)
        return runCommand(*session, options.command);

    ui::WidgetPrompter prompter;
    ui::UiServices services{session->rooms(),
                            session->hosts(),
                            session->applicants(),
                            session->meetings(),
                            session->members(),
                            session->contacts(),
                            session->messages(),
                            session->blocked(),
                            session->intake(),
                            session->mailAccounts(),
                            session->secrets(),
                            prompter,
                            session->clock(),
                            session->profile().directory(),
                            session->profile().uiStatePath(),
                            [&session](QObject* parent) {
                                return new MailWatcher(SslMailSocket::factory(), session->profile().database(),
                                                       session->clock(), MailWatcher::Options{}, parent);
                            },
                            session->profile().database()};
    ui::MainWindow mainWindow(services);
    mainWindow.show();
    // Each account's mailbox is kept current while the window is open (the demo profile has no accounts).
    mainWindow.startReceiving();
    mainWindow.receiver().followNetwork();
    return application->exec();
}
