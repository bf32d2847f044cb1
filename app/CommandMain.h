// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "mail/net/TraceFile.h"

#include <QStringList>

#include <memory>

namespace tsunagu::app {

// The command line without the window, shared by both executables: `tsunagu` (commands only, so that a command
// never loads Qt Widgets and Gui) and `tsunagu-window` (the window, which also runs a command given to it).
// Builds the console application, reads the options, opens the profile and runs the command, --help or --version.
int runCommandLine(int& argc, char** argv, const QStringList& arguments);

// --trace FILE: opens the protocol trace into `trace`, or says on stderr why it cannot and returns false.
bool openTrace(const QString& path, const Clock& clock, std::unique_ptr<TraceFile>& trace);

// The language the profile's window last used ("" when none), for commands in the same language as the window.
QString savedLanguage(const QStringList& arguments);

} // namespace tsunagu::app
