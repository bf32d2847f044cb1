// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of tsunagu-window: opens the profile, builds the core services and hands them to the window.
// `tsunagu` starts this program when no command is given; given a command (or --help), it runs it as `tsunagu` does.
#include "CommandLine.h"
#include "CommandMain.h"
#include "KeychainKey.h"
#include "MainWindow.h"
#include "QuitOnSignals.h"
#include "Session.h"
#include "common/BackupActions.h"
#include "common/BusyWork.h"
#include "common/MailReceiver.h"
#include "common/NewProfileKey.h"
#include "common/PassphrasePrompt.h"
#include "common/ProfileKeys.h"
#include "common/WindowLock.h"
#include "crypto/KeyFile.h"
#include "diagnostics/LogRing.h"
#include "drawing/DrawingCommands.h"
#include "mail/net/SslMailSocket.h"
#include "receiving/MailWatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/RetentionSweeper.h"
#include "text/ErrorText.h"
#include "text/UiLanguage.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

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

// Seals the plain profile in `directory` on a worker thread, with a dialog that says so (a profile with 100,000
// applicants takes about 15 seconds): under the key just stored in the keychain, or under a passphrase. Returns
// the data key, or nothing with `failure` set.
std::shared_ptr<const crypto::DataKey> sealBusy(const QString& directory, const app::KeychainKey::Stored& stored,
                                                const QString& passphrase, app::Session::Failure& failure)
{
    std::shared_ptr<const crypto::DataKey> key;
    ui::runBusy(nullptr, QCoreApplication::translate("main", "Tsunagu"),
                QCoreApplication::translate(
                    "main",
                    "Sealing the applicants' data of this profile. This happens once; with many applicants it takes a "
                    "little while."),
                [&] {
                    auto sealed = app::Session::sealPlainProfile(directory, stored.key, stored.entry, passphrase);
                    if (sealed)
                        key = sealed.value();
                    else
                        failure = {sealed.error(), directory};
                });
    return key;
}

// Opens the profile for the window, asking what it needs: an existing plain profile is sealed first with a key in
// the keychain (or, where no keychain works, the host is offered once to set a passphrase); a profile with a
// passphrase asks for it, checked on a worker thread; a new profile where no keychain works asks for a new
// passphrase, since no plain profile is made. `cancelled`: the host chose not to go on.
std::unique_ptr<app::Session> openSession(const app::CommandLineOptions& options, const Clock& clock,
                                          app::Session::Failure& failure, bool& cancelled)
{
    const QString directory = app::Session::directoryOf(options);
    app::Session::Unlocking unlocking;
    unlocking.sealPlainProfile = false; // sealed here, on a worker thread
    if (options.passphraseFile.isEmpty() && app::Session::isPlainProfile(directory)) {
        SecretFailure problem;
        const app::KeychainKey::Stored stored = app::KeychainKey::storeNew(directory, problem);
        if (stored.key) {
            unlocking.key = sealBusy(directory, stored, {}, failure);
            if (!unlocking.key)
                return nullptr;
        } else {
            // Said once per profile: the data stays plain until a passphrase is set.
            QSettings state(QDir(directory).filePath(QLatin1String(Profile::s_uiStateFile)), QSettings::IniFormat);
            const QString shown = QStringLiteral("privacy/noKeychainNoticeShown");
            // The host asked for it in 設定 › プライバシー: straight to the passphrase.
            const QString statePath = QDir(directory).filePath(QLatin1String(Profile::s_uiStateFile));
            // A new passphrase, and the profile sealed under it on a worker thread.
            enum class Chosen
            {
                Declined,
                Sealed,
                Failed
            };
            const auto chooseAndSeal = [&] {
                ui::PassphrasePrompt choose(
                    ui::PassphrasePrompt::Mode::Choose,
                    QCoreApplication::translate("main",
                                                "Choose a passphrase for this profile. Without it the data cannot "
                                                "be opened, so keep it safe."),
                    {});
                if (choose.exec() != QDialog::Accepted)
                    return Chosen::Declined;
                unlocking.key = sealBusy(directory, {}, choose.passphrase(), failure);
                return unlocking.key ? Chosen::Sealed : Chosen::Failed;
            };
            if (ui::ProfileKeys::sealAtStartWanted(statePath)) {
                const Chosen chosen = chooseAndSeal();
                if (chosen == Chosen::Failed)
                    return nullptr;
                if (chosen == Chosen::Sealed)
                    ui::ProfileKeys::clearSealAtStart(statePath);
            } else if (!state.value(shown).toBool() &&
                       qEnvironmentVariableIntValue(app::Session::s_testPlainProfilesVariable) != 1) {
                state.setValue(shown, true);
                state.sync();
                QMessageBox notice(
                    QMessageBox::Information, QCoreApplication::translate("main", "No keychain on this computer"),
                    QCoreApplication::translate(
                        "main", "The keychain cannot be used on this computer, so the applicants' data in this "
                                "profile is not sealed. Set a passphrase to seal it: the profile then opens "
                                "only with it."));
                notice.setObjectName(QStringLiteral("noKeychainNotice"));
                QPushButton* set =
                    notice.addButton(QCoreApplication::translate("main", "Set a passphrase…"), QMessageBox::AcceptRole);
                notice.addButton(QCoreApplication::translate("main", "Not now"), QMessageBox::RejectRole);
                notice.exec();
                if (notice.clickedButton() == set && chooseAndSeal() == Chosen::Failed)
                    return nullptr;
            }
        }
    }
    std::unique_ptr<app::Session> session =
        app::Session::open(options, clock, failure, app::Session::Use::Everything, unlocking);
    // A profile sealed under a passphrase asks for it before anything of it is shown; a wrong one is said so in the
    // dialog and asked again; Cancel ends Tsunagu without changing anything.
    if (!session &&
        (failure.error.code == StoreError::PassphraseNeeded || failure.error.code == StoreError::WrongPassphrase)) {
        auto keyFile = crypto::KeyFile::load(QDir(directory).filePath(QLatin1String(crypto::KeyFile::s_fileName)));
        if (!keyFile || !keyFile->hasPassphrase())
            return nullptr;
        std::shared_ptr<const crypto::DataKey> key;
        ui::PassphrasePrompt prompt(
            ui::PassphrasePrompt::Mode::Unlock,
            QCoreApplication::translate("main", "This profile's data is protected. Enter its passphrase:"),
            [&keyFile, &key](const QString& passphrase) {
                auto unlocked = keyFile->unlock(passphrase);
                if (!unlocked)
                    return false;
                key = std::make_shared<const crypto::DataKey>(std::move(unlocked).value());
                return true;
            });
        if (prompt.exec() != QDialog::Accepted) {
            cancelled = true;
            return nullptr;
        }
        unlocking.key = key;
        session = app::Session::open(options, clock, failure, app::Session::Use::Everything, unlocking);
    }
    // A new profile where no keychain works: the host chooses a passphrase; no plain profile is made.
    if (!session && failure.error.code == StoreError::KeychainUnavailable) {
        ui::PassphrasePrompt choose(
            ui::PassphrasePrompt::Mode::Choose,
            QCoreApplication::translate("main",
                                        "The keychain cannot be used on this computer, so this new profile needs a "
                                        "passphrase. Without it the data cannot be opened, so keep it safe."),
            {});
        if (choose.exec() != QDialog::Accepted) {
            cancelled = true;
            return nullptr;
        }
        // The key is derived and the new profile made on a worker thread, behind a moving bar; the window then
        // opens it with the key.
        auto key = ui::sealUnderPassphraseBusy(
            nullptr, directory, choose.passphrase(),
            QCoreApplication::translate("main", "Making the new profile and its key. This takes a moment."));
        if (!key) {
            failure = {key.error(), directory};
            return nullptr;
        }
        unlocking.key = key.value();
        session = app::Session::open(options, clock, failure, app::Session::Use::Everything, unlocking);
    }
    return session;
}

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
    bool cancelled = false;
    std::unique_ptr<app::Session> session = openSession(options, clock, failure, cancelled);
    if (!session) {
        if (cancelled)
            return 0;
        QMessageBox::critical(nullptr, ErrorText::title(failure.error.code),
                              ErrorText::explanation(failure.error.code, failure.location));
        return 1;
    }

    // Each room's retention at start (and after every sync): texts whose time is over go. On a thread and a
    // connection of its own, so the window shows at once even when a first sweep has a hundred thousand to do.
    auto retentionSweeper = std::make_unique<RetentionSweeper>(session->profile().database().path(), session->clock());
    retentionSweeper->start();

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
    // 設定 › プライバシー sets, changes or removes the passphrase with the same calls as `tsunagu passphrase`.
    ui::ProfileKeys profileKeys(session->profile(),
                                {[](const QString& entry, const crypto::DataKey& key, QString& problem) {
                                     SecretFailure refused;
                                     const bool written = app::KeychainKey::write(entry, key, refused);
                                     problem = refused.detail;
                                     return written;
                                 },
                                 [](const QString& entry, QString& problem) {
                                     SecretFailure refused;
                                     const bool removed = app::KeychainKey::remove(entry, refused);
                                     problem = refused.detail;
                                     return removed;
                                 }},
                                session->profile().uiStatePath());
    services.keys = &profileKeys;
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
    // The lock opens with the profile's passphrase where it has one (checked on a worker thread); a profile whose
    // key is in the keychain opens when the keychain still hands it out to this computer account; otherwise the
    // lock screen says that anyone at the computer can open it.
    KeychainSecretStore keychain;
    // Set again whenever 設定 › プライバシー changes how the key is kept.
    auto configureLock = [&session, &keychain, window = mainWindow.get()] {
        if (session->profile().hasPassphrase()) {
            window->windowLock().setUnlock(
                {[&session](const QString& passphrase) { return session->profile().checkPassphrase(passphrase); }, {}});
        } else if (const QString entry = session->profile().keychainEntry(); !entry.isEmpty()) {
            window->windowLock().setUnlock(
                {{}, [&session, &keychain, entry](QObject* context, std::function<void(bool)> done) {
                     keychain.read(entry, context, [&session, done](const Result<QString, SecretError>& read) {
                         const crypto::DataKey key =
                             read ? crypto::keyFromKeychainSecret(read.value()) : crypto::DataKey();
                         done(key.sameAs(session->profile().dataKey()));
                     });
                 }});
        } else {
            window->windowLock().setUnlock({});
        }
    };
    configureLock();
    profileKeys.changed = configureLock;
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
    retentionSweeper.reset();
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
