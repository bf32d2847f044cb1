// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <functional>

class QWidget;

namespace tsunagu::ui {

class LockScreen;

// Locks the application's windows: every visible window (the main window and any open dialog, also one opened
// while locked) has its contents hidden under a cover and its title replaced by 「つなぐ（ロック中）」, so neither the
// screen nor the task switcher shows anything personal. Dialogs stay open underneath with what was typed in them.
// Unlocking goes through the check it is given; without one, a plain button unlocks (no passphrase is set).
class WindowLock : public QObject
{
    Q_OBJECT

public:
    struct Unlock
    {
        std::function<bool(const QString& passphrase)> passphrase; // empty: no passphrase is set
        std::function<bool()> account;                             // the OS account; empty: not offered
    };

    explicit WindowLock(QWidget* mainWindow, QObject* parent = nullptr);
    ~WindowLock() override;

    void setUnlock(Unlock unlock) { m_unlock = std::move(unlock); }
    // The key that locks from any window of the application (the menu's shortcut works only in the main window,
    // and not while a modal dialog is open).
    void setShortcut(const QKeySequence& shortcut) { m_shortcut = shortcut; }
    bool isLocked() const { return m_locked; }
    static QString lockedTitle();

    void lock();
    // Unlocks when the passphrase passes the check; otherwise stays locked and says so on the lock screen.
    bool tryUnlock(const QString& passphrase);

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Covered
    {
        QPointer<QWidget> window;
        QString title;
        QVector<QPointer<QWidget>> hidden;
        QPointer<LockScreen> cover;
    };

    void cover(QWidget* window);
    void placeForm();
    void unlockNow();
    Covered* coveredFor(QObject* window);

    QPointer<QWidget> m_mainWindow;
    Unlock m_unlock;
    QKeySequence m_shortcut;
    bool m_locked = false;
    bool m_settingTitle = false;
    QVector<Covered> m_covered;
};

} // namespace tsunagu::ui
