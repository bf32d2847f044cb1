// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ScreenLockWatcher.h"

#include "common/UiLog.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace tsunagu::ui {

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // KDE, Xfce and GNOME's compatibility service emit it on either path.
        for (const QString& path : {QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("/ScreenSaver")}) {
            m_listening |= session.connect(QString(), path, QStringLiteral("org.freedesktop.ScreenSaver"),
                                           QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActiveChanged(bool)));
        }
    }
    listenToLogind();
    qCInfo(lcUi) << "screen lock signals" << (m_listening ? "followed" : "not available");
}

void ScreenLockWatcher::listenToLogind()
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return;
    // Lock is emitted on the session's own object path, which logind names for our process: asked without
    // waiting, so a slow or missing logind never holds the window up.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
    call << quint32(QCoreApplication::applicationPid());
    auto* watcher = new QDBusPendingCallWatcher(system.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        QDBusPendingReply<QDBusObjectPath> reply = *finished;
        if (reply.isError())
            return;
        m_listening |= QDBusConnection::systemBus().connect(
            QStringLiteral("org.freedesktop.login1"), reply.value().path(),
            QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this, SLOT(sessionLocked()));
    });
}

void ScreenLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT screenLocked();
}

void ScreenLockWatcher::sessionLocked()
{
    Q_EMIT screenLocked();
}

} // namespace tsunagu::ui
