// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace tsunagu::ui {

// Says when the desktop locks its screen: the session bus's org.freedesktop.ScreenSaver ActiveChanged(true), and
// logind's Lock signal on this login session (system bus). Without a bus (a headless machine, Windows, macOS)
// it says nothing; the idle timer and Ctrl+L still lock the window.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    // True when at least one of the two sources could be listened to.
    bool listening() const { return m_listening; }

Q_SIGNALS:
    void screenLocked();

private Q_SLOTS:
    // Qt DBus delivers bus signals to slots named by their signature only (QDBusConnection::connect takes SLOT()).
    void screenSaverActiveChanged(bool active);
    void sessionLocked();

private:
    void listenToLogind();

    bool m_listening = false;
};

} // namespace tsunagu::ui
