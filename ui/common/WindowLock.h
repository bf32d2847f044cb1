// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QVector>

#include <functional>

class QWidget;

namespace tsunagu::ui {

class LockScreen;

// Locks the application's windows: every visible window (the main window and any open dialog, also one opened
// while locked) has its contents hidden under a cover and its title replaced by 「つなぐ（ロック中）」, so neither the
// screen nor the task switcher shows anything personal. Dialogs stay open underneath with what was typed in them.
// Unlocking goes through the check it is given; without one, a plain button unlocks (no passphrase is set). A
// passphrase is checked on a worker thread (Argon2id takes about half a second), with a busy bar on the lock
// screen, so every window keeps painting meanwhile.
class WindowLock : public QObject
{
    Q_OBJECT

public:
    struct Unlock
    {
        // True when the passphrase is right; runs on a worker thread. Empty: no passphrase is set.
        std::function<bool(const QString& passphrase)> passphrase;
        // The operating system's account as the authority (the keychain hands out the profile's key to it):
        // calls `done` later with the answer, on this thread, while `context` lives. Empty: not offered.
        std::function<void(QObject* context, std::function<void(bool opened)> done)> account;
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
    // Checks the passphrase on a worker thread; unlocks when it passes, otherwise stays locked and says so on the
    // lock screen (unlockRefused). A try while one is being checked is ignored.
    void tryUnlock(const QString& passphrase);
    // Asks the account check (the keychain); unlocks when it hands out the key.
    void tryAccountUnlock();
    bool isChecking() const { return m_worker != nullptr || m_askingAccount; }

Q_SIGNALS:
    void locked();
    void unlocked();
    void unlockRefused();

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
    void refuse(const QString& text);
    void setChecking(bool checking);
    Covered* coveredFor(QObject* window);

    QPointer<QWidget> m_mainWindow;
    Unlock m_unlock;
    QKeySequence m_shortcut;
    bool m_locked = false;
    bool m_settingTitle = false;
    QVector<Covered> m_covered;
    QPointer<QThread> m_worker; // the passphrase check under way
    bool m_askingAccount = false;
};

} // namespace tsunagu::ui
