// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tsunagu::app {

// The command line without the window, shared by both executables: `tsunagu` (commands only, so that a command
// never loads Qt Widgets and Gui) and `tsunagu-window` (the window, which also runs a command given to it).
// Builds the console application, reads the options, opens the profile and runs the command, --help or --version.
int runCommandLine(int& argc, char** argv, const QStringList& arguments);

// The language the profile's window last used ("" when none), for commands in the same language as the window.
QString savedLanguage(const QStringList& arguments);

} // namespace tsunagu::app
