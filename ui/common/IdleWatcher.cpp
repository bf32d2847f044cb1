// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace tsunagu::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idled);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    restart();
}

void IdleWatcher::restart()
{
    if (m_interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_interval);
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Every widget sees the same event as it travels up: restarting a running timer is cheap.
        if (m_timer.isActive())
            m_timer.start(m_interval);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tsunagu::ui
