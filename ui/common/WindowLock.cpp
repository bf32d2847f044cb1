// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WindowLock.h"

#include "common/LockScreen.h"
#include "common/UiLog.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QWidget>

namespace tsunagu::ui {

WindowLock::WindowLock(QWidget* mainWindow, QObject* parent)
    : QObject(parent)
    , m_mainWindow(mainWindow)
{
    // Always watching, for the lock key: an open modal dialog blocks the main window's menu and so its shortcut.
    qApp->installEventFilter(this);
}

WindowLock::~WindowLock()
{
    qApp->removeEventFilter(this);
    // A check still running finishes first (it reads the profile's key file): at most about half a second.
    if (m_worker) {
        m_worker->wait();
        delete m_worker.data();
    }
}

QString WindowLock::lockedTitle()
{
    return tr("Tsunagu (locked)");
}

void WindowLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            cover(window);
    }
    placeForm();
    qCInfo(lcUi) << "window locked";
    Q_EMIT locked();
}

void WindowLock::cover(QWidget* window)
{
    if (coveredFor(window) || window->inherits("QMenu") || window->windowType() == Qt::ToolTip ||
        window->windowType() == Qt::Popup)
        return;
    Covered covered;
    covered.window = window;
    covered.title = window->windowTitle();
    for (QObject* object : window->children()) {
        auto* widget = qobject_cast<QWidget*>(object);
        if (widget && !widget->isWindow() && widget->isVisibleTo(window)) {
            widget->hide();
            covered.hidden << widget;
        }
    }
    LockScreen::Options options;
    options.passphrase = bool(m_unlock.passphrase);
    options.account = bool(m_unlock.account);
    covered.cover = new LockScreen(options, window);
    covered.cover->setGeometry(window->rect());
    covered.cover->show();
    covered.cover->raise();
    connect(covered.cover, &LockScreen::unlockRequested, this, &WindowLock::tryUnlock);
    connect(covered.cover, &LockScreen::accountUnlockRequested, this, &WindowLock::tryAccountUnlock);
    covered.cover->setChecking(isChecking());
    m_settingTitle = true;
    window->setWindowTitle(lockedTitle());
    m_settingTitle = false;
    m_covered << covered;
}

// The unlock form goes where the host can type: the topmost modal dialog when one is open (it blocks the others),
// else the main window.
void WindowLock::placeForm()
{
    QWidget* target = QApplication::activeModalWidget();
    if (!target || !coveredFor(target))
        target = m_mainWindow;
    for (const Covered& covered : qAsConst(m_covered)) {
        if (covered.cover)
            covered.cover->setFormVisible(covered.window == target);
    }
}

WindowLock::Covered* WindowLock::coveredFor(QObject* window)
{
    for (Covered& covered : m_covered) {
        if (covered.window == window)
            return &covered;
    }
    return nullptr;
}

void WindowLock::tryUnlock(const QString& passphrase)
{
    if (!m_locked || isChecking())
        return;
    if (!m_unlock.passphrase) {
        unlockNow();
        return;
    }
    auto passed = std::make_shared<bool>(false);
    m_worker = QThread::create([check = m_unlock.passphrase, passphrase, passed] { *passed = check(passphrase); });
    // Queued to this thread: the worker has ended and written its answer before the slot reads it.
    connect(m_worker, &QThread::finished, this, [this, passed] {
        QThread* worker = m_worker;
        m_worker = nullptr;
        worker->deleteLater();
        setChecking(false);
        if (*passed)
            unlockNow();
        else
            refuse(tr("That passphrase is not right. Try again (upper and lower case count)."));
    });
    setChecking(true);
    m_worker->start();
}

void WindowLock::tryAccountUnlock()
{
    if (!m_locked || isChecking() || !m_unlock.account)
        return;
    m_askingAccount = true;
    setChecking(true);
    m_unlock.account(this, [this](bool opened) {
        m_askingAccount = false;
        setChecking(false);
        if (opened)
            unlockNow();
        else
            refuse(tr("The keychain did not hand out this profile's key. Unlock your computer's keychain (or sign "
                      "in again), then try once more."));
    });
}

void WindowLock::refuse(const QString& text)
{
    qCInfo(lcUi) << "unlock refused";
    for (const Covered& covered : qAsConst(m_covered)) {
        if (covered.cover && covered.cover->isVisible())
            covered.cover->showRefusal(text);
    }
    Q_EMIT unlockRefused();
}

void WindowLock::setChecking(bool checking)
{
    for (const Covered& covered : qAsConst(m_covered)) {
        if (covered.cover)
            covered.cover->setChecking(checking);
    }
}

void WindowLock::unlockNow()
{
    m_locked = false;
    const QVector<Covered> covered = std::exchange(m_covered, {});
    for (const Covered& entry : covered) {
        if (!entry.window)
            continue;
        delete entry.cover.data();
        for (const QPointer<QWidget>& widget : entry.hidden) {
            if (widget)
                widget->show();
        }
        entry.window->setWindowTitle(entry.title);
    }
    qCInfo(lcUi) << "window unlocked";
    Q_EMIT unlocked();
}

bool WindowLock::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_locked) {
        if (event->type() == QEvent::KeyPress && !m_shortcut.isEmpty() &&
            static_cast<QKeyEvent*>(event)->keyCombination() == m_shortcut[0]) {
            lock();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    // While locked: windows shown later are covered too, and a title set by the application is kept for later.
    if (!watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto* widget = static_cast<QWidget*>(watched);
    switch (event->type()) {
    case QEvent::Show:
        if (widget->isWindow() && !coveredFor(widget)) {
            cover(widget);
            // After the dialog's own show has finished (a modal one becomes the active modal widget then).
            QTimer::singleShot(0, this, &WindowLock::placeForm);
        }
        break;
    case QEvent::Hide:
        if (widget->isWindow() && coveredFor(widget))
            QTimer::singleShot(0, this, &WindowLock::placeForm);
        break;
    case QEvent::Resize:
        if (Covered* covered = coveredFor(widget); covered && covered->cover)
            covered->cover->setGeometry(widget->rect());
        break;
    case QEvent::WindowTitleChange:
        if (Covered* covered = coveredFor(widget); covered && !m_settingTitle) {
            // The application changed the title (new mail counted): kept for the unlock, not shown now.
            if (widget->windowTitle() != lockedTitle()) {
                covered->title = widget->windowTitle();
                m_settingTitle = true;
                widget->setWindowTitle(lockedTitle());
                m_settingTitle = false;
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tsunagu::ui
