// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "areas/ApplicantsArea.h"
#include "areas/ContactsArea.h"
#include "areas/IntakeArea.h"
#include "areas/MailStatusPanel.h"
#include "areas/MeetingsArea.h"
#include "areas/PostersArea.h"
#include "areas/ReportsArea.h"
#include "areas/RostersArea.h"
#include "areas/SettingsArea.h"
#include "common/BackupActions.h"
#include "common/DiagnosticsExport.h"
#include "common/IdleWatcher.h"
#include "common/LockSettings.h"
#include "common/MailImporter.h"
#include "common/MailReceiver.h"
#include "common/ScreenLockWatcher.h"
#include "common/WindowLock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

namespace tsunagu::ui {

MainWindow::MainWindow(UiServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_receiver = new MailReceiver(services, this, this);
    m_backup = new BackupActions(services, this);
    // Locked after the host's idle minutes (設定 → プライバシー), when the screen locks, and on Ctrl+L.
    m_lock = new WindowLock(this, this);
    m_idle = new IdleWatcher(this);
    m_idle->setInterval(LockSettings::idleInterval(services.uiStatePath));
    connect(m_idle, &IdleWatcher::idled, m_lock, &WindowLock::lock);
    connect(new ScreenLockWatcher(this), &ScreenLockWatcher::screenLocked, m_lock, &WindowLock::lock);
    m_importer = new MailImporter(services.database.path(), services.clock, this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("areaStack"));

    m_areas = {new IntakeArea(services, m_stack),   new ApplicantsArea(services, m_stack),
               new MeetingsArea(services, m_stack), new RostersArea(services, m_stack),
               new ContactsArea(services, m_stack), new PostersArea(services, m_stack),
               new ReportsArea(services, m_stack),  new SettingsArea(services, m_stack)};
    const QStringList names = {tr("Intake"),   tr("Applicants"), tr("Meetings"), tr("Rosters"),
                               tr("Contacts"), tr("Posters"),    tr("Reports"),  tr("Settings")};
    for (int i = 0; i < m_areas.size(); ++i) {
        m_stack->addWidget(m_areas.at(i));
        auto* item = new QListWidgetItem(names.at(i), m_navigation);
        item->setData(Qt::UserRole, i);
    }
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);
    m_navigation->setMaximumWidth(200);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The area names are short: the list stays narrow, and the areas get the width (1100 px windows).
    splitter->setSizes({150, 950});
    setCentralWidget(splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* intake = static_cast<IntakeArea*>(m_areas.at(Intake));
    connect(intake, &IntakeArea::filesDropped, this, &MainWindow::importFiles);
    connect(intake, &IntakeArea::storeChanged, this, &MainWindow::reloadAll);
    // 受付 counts who waits as it reloads (on its worker thread): the title follows every reload of it.
    connect(intake, &IntakeArea::waitingCounted, this, &MainWindow::updateTitle);
    connect(static_cast<ApplicantsArea*>(m_areas.at(Applicants)), &ApplicantsArea::storeChanged, this,
            &MainWindow::reloadAll);
    intake->setMailPanel(new MailStatusPanel(*m_receiver, intake));
    // New applicants appear in the lists as soon as a run has stored them; areas that show no mail stay as they are.
    connect(m_receiver, &MailReceiver::mailStored, this, &MainWindow::reloadMailAreas);
    auto* settings = static_cast<SettingsArea*>(m_areas.at(Settings));
    connect(settings, &SettingsArea::mailAccountsChanged, m_receiver, &MailReceiver::accountsChanged);
    connect(settings, &SettingsArea::profileChanged, this, &MainWindow::reloadAll);
    connect(settings, &SettingsArea::lockDelayChanged, m_idle, &IdleWatcher::setInterval);
    connect(settings, &SettingsArea::restartRequested, this, [this] {
        if (close())
            QCoreApplication::exit(s_restartExitCode);
    });

    createMenus();
    updateTitle(0, 0); // until 受付 has counted
    reloadAll();
    restoreState();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import mail…"), this, [this] {
        const QStringList paths = m_services.prompter.chooseMailFiles(this);
        if (!paths.isEmpty())
            importFiles(paths);
    });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(tr("Create &backup…"), m_backup, &BackupActions::createBackup)
        ->setObjectName(QStringLiteral("createBackupAction"));
    file->addAction(tr("&Restore from backup…"), m_backup, &BackupActions::restoreBackup)
        ->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    QAction* lock = file->addAction(tr("&Lock"), m_lock, &WindowLock::lock);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcut(lock->shortcut()); // from an open dialog too
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reload = view->addAction(tr("&Reload"), this, &MainWindow::reloadAll);
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* go =
            view->addAction(m_navigation->item(i)->text(), this, [this, i] { showArea(static_cast<Area>(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tsunagu"), this, [this] {
        QMessageBox::about(this, tr("About Tsunagu"),
                           tr("<p><b>Tsunagu</b> %1</p><p>Intake, meetings and referrals for the hosts of online "
                              "peer-support rooms.</p><p>Your data stays on this computer in:<br>%2</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_services.profileDirectory).toHtmlEscaped()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("Save &diagnostics…"), this, [this] { DiagnosticsExport::save(m_services, this); })
        ->setObjectName(QStringLiteral("saveDiagnosticsAction"));
}

void MainWindow::importFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (!m_importer->start(paths)) {
        m_services.prompter.inform(this, tr("Import mail"),
                                   tr("Mail is being imported. Wait until it is done, then import these files."));
        return;
    }
    showArea(Intake);
    auto* progress = new QProgressDialog(tr("Importing mail…"), tr("Cancel"), 0, int(paths.size()), this);
    progress->setObjectName(QStringLiteral("importProgressDialog"));
    progress->setWindowTitle(tr("Import mail"));
    // Not modal: the host keeps working in the window meanwhile (and a modal QProgressDialog would run the event
    // loop from inside setValue()).
    progress->setWindowModality(Qt::NonModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // A few files are done before the dialog would be worth showing.
    progress->setMinimumDuration(400);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_importer, &MailImporter::cancel);
    connect(m_importer, &MailImporter::progressed, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("Importing mail… %1 of %2").arg(done).arg(total));
    });
    auto finish = [this, progress] {
        m_importer->disconnect(progress);
        progress->deleteLater();
    };
    connect(m_importer, &MailImporter::finished, progress, [this, finish](const FileImportReport& report) {
        finish();
        if (report.taken() > 0)
            reloadMailAreas();
        m_services.prompter.inform(this, tr("Import mail"), MailImporter::summary(report));
    });
    connect(m_importer, &MailImporter::failed, progress, [this, finish](const QString& message) {
        finish();
        m_services.prompter.inform(this, tr("Import mail"), message);
    });
}

void MainWindow::reloadMailAreas()
{
    // Each of them reads on a worker thread; the title follows 受付's counts.
    for (Area area : {Intake, Applicants, Contacts})
        m_areas.at(area)->refresh();
}

void MainWindow::startReceiving()
{
    m_receiver->startAll();
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(area);
}

void MainWindow::reloadAll()
{
    for (AreaWidget* area : qAsConst(m_areas))
        area->refresh();
}

void MainWindow::updateTitle(int awaiting, int overdue)
{
    // Counted by SQLite, not from the lists (which hold only what has been read of them).
    // The platform appends the application's display name ("… — つなぐ"), so the title holds only the counts; with
    // nothing waiting it is the name alone, which the platform then does not repeat.
    QString title = tr("Tsunagu");
    if (awaiting > 0) {
        title = tr("%n waiting", nullptr, awaiting);
        if (overdue > 0)
            title += tr(", %n overdue", nullptr, overdue);
    }
    setWindowTitle(title);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    m_receiver->stopAll();
    event->accept();
}

void MainWindow::saveState() const
{
    QSettings state(m_services.uiStatePath, QSettings::IniFormat);
    state.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    state.setValue(QStringLiteral("mainWindow/state"), QMainWindow::saveState());
    state.setValue(QStringLiteral("mainWindow/area"), m_navigation->currentRow());
    state.sync();
}

void MainWindow::restoreState()
{
    QSettings state(m_services.uiStatePath, QSettings::IniFormat);
    if (!restoreGeometry(state.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    QMainWindow::restoreState(state.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int area = state.value(QStringLiteral("mainWindow/area"), int(Intake)).toInt();
    showArea(area >= 0 && area < m_areas.size() ? static_cast<Area>(area) : Intake);
}

} // namespace tsunagu::ui
