// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BackupActions.h"

#include "backup/BackupFormat.h"
#include "backup/BackupWriter.h"
#include "backup/ProfileRestore.h"
#include "common/UiLog.h"
#include "crypto/KeyFile.h"
#include "text/BackupText.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QThread>
#include <QWidget>

#include <memory>

namespace tsunagu::ui {

BackupActions::BackupActions(UiServices& services, QWidget* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
{
    setObjectName(QStringLiteral("backupActions"));
    restart = [this] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        m_window->close();
    };
}

BackupActions::~BackupActions()
{
    // The worker uses the store's file: it ends before the window (and the profile) go.
    if (m_thread)
        m_thread->wait();
}

std::optional<QByteArray> BackupActions::askPassphrase(const QString& title, bool twice)
{
    const auto first = m_services.prompter.askPassword(
        m_window, title,
        twice ? tr("Choose a passphrase for the backup. You need it to restore the backup; nobody can open the "
                   "backup without it, and it cannot be recovered if it is lost.")
              : tr("The passphrase the backup was made with:"));
    if (!first)
        return std::nullopt;
    if (first->isEmpty()) {
        m_services.prompter.inform(m_window, title, BackupText::passphraseEmpty());
        return std::nullopt;
    }
    if (twice) {
        const auto second = m_services.prompter.askPassword(m_window, title, tr("The same passphrase again:"));
        if (!second)
            return std::nullopt;
        if (*second != *first) {
            m_services.prompter.inform(m_window, title, BackupText::passphrasesDiffer());
            return std::nullopt;
        }
    }
    return first->toUtf8();
}

void BackupActions::runOnWorker(std::function<void()> work, std::function<void()> done)
{
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done();
    });
    m_thread->start();
}

QString BackupActions::explain(const BackupFailure& failure, const QString& file) const
{
    return BackupText::explanation(failure.code, file, m_services.profileDirectory);
}

void BackupActions::createBackup()
{
    if (busy())
        return;
    const QString title = tr("Create backup");
    const QString suggested = QStringLiteral("tsunagu-%1.tsunagu-backup")
                                  .arg(m_services.clock.now().date().toString(QStringLiteral("yyyy-MM-dd")));
    const QString file =
        m_services.prompter.chooseSaveFile(m_window, title, suggested, tr("Tsunagu backups (*.tsunagu-backup)"));
    if (file.isEmpty())
        return;
    auto passphrase = askPassphrase(title, true);
    if (!passphrase)
        return;
    auto request = std::make_shared<BackupRequest>();
    request->databasePath = m_services.database.path();
    request->target = file;
    request->passphrase = *passphrase;
    backupcrypto::wipe(*passphrase);
    if (wrapDataKey)
        request->keyBlob = wrapDataKey(request->passphrase);
    request->now = m_services.clock.now();
    auto result = std::make_shared<std::optional<BackupResult<BackupSummary>>>();
    qCInfo(lcUi) << "backup started";
    runOnWorker([request, result] { result->emplace(BackupWriter::write(*request)); },
                [this, request, result, title, file] {
                    backupcrypto::wipe(request->passphrase);
                    const bool ok = result->has_value() && result->value().ok();
                    m_services.prompter.inform(m_window, title,
                                               ok ? BackupText::written(file, result->value()->bytes)
                                                  : explain(result->value().error(), file));
                    Q_EMIT backupFinished(ok);
                });
}

void BackupActions::restoreBackup()
{
    if (busy())
        return;
    const QString title = tr("Restore from backup");
    const QString file =
        m_services.prompter.chooseOpenFile(m_window, title, tr("Tsunagu backups (*.tsunagu-backup);;All files (*)"));
    if (file.isEmpty())
        return;
    if (!m_services.prompter.confirm(m_window, title,
                                     tr("Restoring replaces everything in this profile (applicants, mail, rooms, "
                                        "meetings, contacts) with what the backup holds. What was added since the "
                                        "backup was made is lost. If the backup cannot be read, nothing changes."),
                                     tr("Restore")))
        return;
    auto passphrase = askPassphrase(title, false);
    if (!passphrase)
        return;
    auto secret = std::make_shared<QByteArray>(*passphrase);
    backupcrypto::wipe(*passphrase);
    const QString databasePath = m_services.database.path();
    const QString profileDirectory = m_services.profileDirectory;
    auto result = std::make_shared<std::optional<BackupResult<RestoreOutcome>>>();
    auto keyProblem = std::make_shared<QString>();
    qCInfo(lcUi) << "restore started";
    runOnWorker(
        [secret, result, keyProblem, file, databasePath, profileDirectory] {
            result->emplace(ProfileRestore::restoreOpen(file, *secret, databasePath));
            // The restored sealed values open with the backup's data key, from now on under the backup's passphrase.
            if (result->value().ok()) {
                auto installed =
                    crypto::installRestoredKey(profileDirectory, result->value()->keyBlob, QString::fromUtf8(*secret));
                if (!installed)
                    *keyProblem = installed.error().detail;
            }
        },
        [this, secret, result, keyProblem, title, file] {
            backupcrypto::wipe(*secret);
            const bool ok = result->has_value() && result->value().ok();
            if (!ok) {
                m_services.prompter.inform(m_window, title, explain(result->value().error(), file));
                Q_EMIT restoreFinished(false);
                return;
            }
            if (!keyProblem->isEmpty()) {
                m_services.prompter.inform(
                    m_window, title,
                    tr("The data was restored, but its key could not be written to the profile folder (%1), so "
                       "the restored data cannot be opened yet. Make the folder writable and restore again.")
                        .arg(*keyProblem));
                Q_EMIT restoreFinished(false);
                return;
            }
            Q_EMIT restoreFinished(true);
            const QString sealedNote =
                result->value()->keyBlob.isEmpty()
                    ? QString()
                    : QLatin1Char(' ') + tr("From now on the profile opens with the backup's passphrase.");
            if (m_services.prompter.confirm(m_window, title,
                                            BackupText::restored(m_services.profileDirectory) + sealedNote +
                                                QLatin1Char(' ') +
                                                tr("Restart Tsunagu now, so that everything (mail receiving too) "
                                                   "starts from the restored data?"),
                                            tr("Restart now")))
                restart();
        });
}

} // namespace tsunagu::ui
