// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandMain.h"
#include "CommandTable.h"

namespace tsunagu::app {

// The commands that draw pages (PDF output), linked into tsunagu-window only. Each is also listed in CommandTable
// with `draws` set and no run function, so that `tsunagu` shows it in the help and hands it over.
class DrawingCommands
{
public:
    // The runnable command named `name`, or nullptr.
    static const Command* find(const QString& name);
    // What runCommandLine needs to run them: the commands and a QGuiApplication without a display.
    static const DrawingSupport& support();
};

} // namespace tsunagu::app
