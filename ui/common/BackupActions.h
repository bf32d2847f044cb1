// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "backup/BackupError.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;
class QWidget;

namespace tsunagu::ui {

// ファイル → バックアップを作成… and バックアップから復元…: asks through the prompter, runs the work on a worker
// thread (the key derivation alone takes about half a second, the file any size), and tells the host the outcome.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(UiServices& services, QWidget* window);
    ~BackupActions() override;

    void createBackup();
    void restoreBackup();
    bool busy() const { return m_thread != nullptr; }

    // The profile's data key wrapped under the backup's passphrase, carried in the backup (empty: nothing sealed).
    std::function<QByteArray(const QByteArray& passphrase)> wrapDataKey;
    // Restarts Tsunagu after a restore: a new process on the same profile, then this window closes.
    std::function<void()> restart;

Q_SIGNALS:
    void backupFinished(bool written);
    void restoreFinished(bool restored);

private:
    std::optional<QByteArray> askPassphrase(const QString& title, bool twice);
    void runOnWorker(std::function<void()> work, std::function<void()> done);
    QString explain(const BackupFailure& failure, const QString& file) const;

    UiServices& m_services;
    QWidget* m_window;
    QThread* m_thread = nullptr;
};

} // namespace tsunagu::ui
