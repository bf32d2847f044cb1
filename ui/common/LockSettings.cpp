// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LockSettings.h"

#include <QSettings>

namespace tsunagu::ui {
namespace {

const QString s_key = QStringLiteral("crypto/lockAfterMinutes");

} // namespace

int LockSettings::minutes(const QString& uiStatePath)
{
    bool ok = false;
    const int value = QSettings(uiStatePath, QSettings::IniFormat).value(s_key, s_defaultMinutes).toInt(&ok);
    return ok ? qBound(0, value, s_maxMinutes) : s_defaultMinutes;
}

void LockSettings::setMinutes(const QString& uiStatePath, int minutes)
{
    QSettings state(uiStatePath, QSettings::IniFormat);
    state.setValue(s_key, qBound(0, minutes, s_maxMinutes));
    state.sync();
}

std::chrono::milliseconds LockSettings::idleInterval(const QString& uiStatePath)
{
    return std::chrono::minutes(minutes(uiStatePath));
}

} // namespace tsunagu::ui
