// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "mail/net/TraceFile.h"

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace tsunagu::app {

struct Command;

// What tsunagu-window adds to the command line: the commands that draw pages, and the application they need.
struct DrawingSupport
{
    // A QGuiApplication (on the offscreen platform unless one is chosen): fonts and painting without a display.
    std::unique_ptr<QCoreApplication> (*makeApplication)(int& argc, char** argv);
    // The runnable command of that name (Command::run set), or nullptr.
    const Command* (*find)(const QString& name);
};

// The command line without the window, shared by both executables: `tsunagu` (commands only, so that a command
// never loads Qt Widgets and Gui) and `tsunagu-window` (the window, which also runs a command given to it).
// Builds the console application, reads the options, opens the profile and runs the command, --help or --version.
// A command that draws runs only with `drawing` (tsunagu-window passes it; `tsunagu` hands such commands over).
int runCommandLine(int& argc, char** argv, const QStringList& arguments, const DrawingSupport* drawing = nullptr);

// --trace FILE: opens the protocol trace into `trace`, or says on stderr why it cannot and returns false.
bool openTrace(const QString& path, const Clock& clock, std::unique_ptr<TraceFile>& trace);

// The language the profile's window last used ("" when none), for commands in the same language as the window.
QString savedLanguage(const QStringList& arguments);

} // namespace tsunagu::app
