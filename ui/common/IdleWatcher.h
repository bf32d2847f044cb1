// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace tsunagu::ui {

// Says when nobody has touched the application (keys, mouse, wheel, touch) for a while. The interval is
// injectable, so a test waits milliseconds instead of minutes; zero switches it off.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // Starts counting from now again (also done by every input event).
    void restart();

Q_SIGNALS:
    void idled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
};

} // namespace tsunagu::ui
