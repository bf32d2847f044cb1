// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QMainWindow>
#include <QVector>

class QListWidget;
class QStackedWidget;

namespace tsunagu::ui {

class AreaWidget;
class BackupActions;
class IdleWatcher;
class MailImporter;
class MailReceiver;
class WindowLock;

// The main window: a list of areas on the left, the chosen area on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area
    {
        Intake,
        Applicants,
        Meetings,
        Rosters,
        Contacts,
        Posters,
        Reports,
        Settings
    };

    // The exit code of the event loop when the host asked for a restart (the language changed): the composition
    // root starts Tsunagu again once the profile is released.
    static constexpr int s_restartExitCode = 75;

    explicit MainWindow(UiServices& services, QWidget* parent = nullptr);

    void showArea(Area area);
    // Reloads every area from the store.
    void reloadAll();
    // Takes mail files in through intake on a worker thread, with a progress dialog that can cancel, and tells the
    // host what came of them. While a run is under way a second one is refused with a word.
    void importFiles(const QStringList& paths);
    // The import under way (tests wait on its finished() signal).
    MailImporter& importer() { return *m_importer; }
    // Starts receiving mail for every account (called once the window is shown; nothing without accounts).
    void startReceiving();
    MailReceiver& receiver() { return *m_receiver; }
    BackupActions& backupActions() { return *m_backup; }
    WindowLock& windowLock() { return *m_lock; }
    IdleWatcher& idleWatcher() { return *m_idle; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // After new mail (a sync or an import): only the areas that show mail and applicants, and the title.
    void reloadMailAreas();
    void updateTitle(int awaiting, int overdue);
    void saveState() const;
    void restoreState();

    UiServices& m_services;
    MailReceiver* m_receiver = nullptr;
    BackupActions* m_backup = nullptr;
    WindowLock* m_lock = nullptr;
    IdleWatcher* m_idle = nullptr;
    MailImporter* m_importer = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QVector<AreaWidget*> m_areas;
};

} // namespace tsunagu::ui
