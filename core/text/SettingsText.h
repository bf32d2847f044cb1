// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RoomRules.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// The words for what keeps a room's or a host's settings from being saved, shared by the window and the command line.
class SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsText)

public:
    static QString roomProblem(RoomProblem problem);
    static QString hostProblem(HostProblem problem);
    // The themes a room can have (stored keys, in the order offered), and each one's name.
    static QStringList themeKeys();
    static QString theme(const QString& key);
};

} // namespace tsunagu
