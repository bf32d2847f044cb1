// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>

namespace tsunagu::ui {

// The host's choice of how long the window may stay unused before it locks, kept with the window's state.
class LockSettings
{
public:
    static constexpr int s_defaultMinutes = 10;
    static constexpr int s_maxMinutes = 240;

    // 0 means never.
    static int minutes(const QString& uiStatePath);
    static void setMinutes(const QString& uiStatePath, int minutes);
    static std::chrono::milliseconds idleInterval(const QString& uiStatePath);
};

} // namespace tsunagu::ui
