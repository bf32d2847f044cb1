// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of tsunagu-window: opens the profile, builds the core services and hands them to the window.
// `tsunagu` starts this program when no command is given; given a command (or --help), it runs it as `tsunagu` does.
#include "CommandLine.h"
#include "CommandMain.h"
#include "MainWindow.h"
#include "QuitOnSignals.h"
#include "Session.h"
#include "common/BackupActions.h"
#include "common/MailReceiver.h"
#include "common/WindowLock.h"
#include "crypto/KeyFile.h"
#include "diagnostics/LogRing.h"
#include "drawing/DrawingCommands.h"
#include "mail/net/SslMailSocket.h"
#include "receiving/MailWatcher.h"
#include "storage/RetentionRepository.h"
#include "text/ErrorText.h"
#include "text/UiLanguage.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>

#include <memory>

using namespace tsunagu;

namespace {

// Starts Tsunagu again after a restore, once this process has let go of the profile: declared before the session,
// so it is destroyed (and starts the new process) after the session has closed the store and released its lock.
struct RestartAfterExit
{
    bool wanted = false;
    ~RestartAfterExit()
    {
        if (wanted)
            QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    }
};

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Commands, --help and --version work without a display; so do the commands that draw pages.
    if (!app::CommandLine::wantsWindow(arguments))
        return app::runCommandLine(argc, argv, arguments, &app::DrawingCommands::support());

    QApplication application(argc, argv);
    // SIGTERM, SIGINT and SIGHUP close the window like a normal exit: the profile closes and lets go of its lock.
    app::QuitOnSignals quitOnSignals;
    LogRing::install(); // the last log lines, for ヘルプ → 診断情報を保存
    // Receiving mail starts with the window: TLS is made ready meanwhile, and joined before the application goes.
    TlsWarmup tlsWarmup;
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));

    const app::CommandLineOptions peeked = app::CommandLine::peek(arguments);
    const QString language = UiLanguage::resolve(peeked.language, app::savedLanguage(arguments));
    UiLanguage::install(application, language.isEmpty() ? QStringLiteral("en") : language);
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
    std::unique_ptr<TraceFile> trace;
    if (!options.trace.isEmpty() && !app::openTrace(options.trace, clock, trace))
        return 1;
    RestartAfterExit restartAfterExit;
    app::Session::Failure failure;
    std::unique_ptr<app::Session> session = app::Session::open(options, clock, failure);
    // A profile sealed under a passphrase asks for it before anything of it is shown; a wrong one is said so and
    // asked again; Cancel ends Tsunagu without changing anything.
    while (!session &&
           (failure.error.code == StoreError::PassphraseNeeded || failure.error.code == StoreError::WrongPassphrase)) {
        QString label = QCoreApplication::translate("main", "This profile's data is protected. Enter its passphrase:");
        if (failure.error.code == StoreError::WrongPassphrase)
            label = QCoreApplication::translate("main", "That passphrase is not right. Try again:");
        bool entered = false;
        const QString passphrase = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Unlock Tsunagu"),
                                                         label, QLineEdit::Password, QString(), &entered);
        if (!entered)
            return 0;
        session = app::Session::open(options, clock, failure, app::Session::Use::Everything, passphrase);
    }
    if (!session) {
        QMessageBox::critical(nullptr, ErrorText::title(failure.error.code),
                              ErrorText::explanation(failure.error.code, failure.location));
        return 1;
    }

    // Each room's retention at start (and after every sync): texts whose time is over go before anything shows.
    (void)RetentionRepository(session->profile().database(), session->clock()).sweep();

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
                            session->profile().database(),
                            &session->secretTokens()};
    auto mainWindow = std::make_unique<ui::MainWindow>(services);
    // After a restore: the window closes, and Tsunagu starts again once this process has let go of the profile.
    mainWindow->backupActions().restart = [&restartAfterExit, window = mainWindow.get()] {
        restartAfterExit.wanted = true;
        window->close();
    };
    // A sealed profile's data key goes into each backup, wrapped under the backup's passphrase.
    mainWindow->backupActions().wrapDataKey = [&session](const QByteArray& passphrase) {
        return session->profile().isSealed()
                   ? crypto::exportKey(session->profile().dataKey(), QString::fromUtf8(passphrase))
                   : QByteArray();
    };
    // The lock opens with the profile's passphrase where it has one; otherwise the lock screen says that anyone at
    // the computer can open it.
    if (session->profile().hasPassphrase()) {
        mainWindow->windowLock().setUnlock(
            {[&session](const QString& passphrase) { return session->profile().checkPassphrase(passphrase); }, {}});
    }
    mainWindow->show();
    // Each account's mailbox is kept current while the window is open (the demo profile has no accounts).
    mainWindow->startReceiving();
    mainWindow->receiver().followNetwork();
    const int code = application.exec();
    if (code != ui::MainWindow::s_restartExitCode)
        return code;
    // A restart for a new language: the profile is released (and its lock removed) before the new process opens it,
    // and a --lang given at start does not override the language just chosen.
    mainWindow.reset();
    session.reset();
    QStringList again = arguments.mid(1);
    for (qsizetype i = 0; i < again.size();) {
        if (again.at(i) == QLatin1String("--lang") && i + 1 < again.size())
            again.remove(i, 2);
        else if (again.at(i).startsWith(QLatin1String("--lang=")))
            again.remove(i);
        else
            ++i;
    }
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), again) ? 0 : 1;
}
