// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QString>
#include <QStringList>

namespace tsunagu::app {

// One command of `tsunagu [options] COMMAND [command options]`: what the command line needs to know to run it.
struct Command
{
    const char* name;        // the first word after the global options
    Session::Use profileUse; // how the profile is opened for it
    bool connects;           // connects to a mail server: TLS is made ready while the profile opens
    // Runs the command; `arguments` starts with the command's name. Returns the process exit code.
    int (*run)(Session& session, const QStringList& arguments);
};

// Every command the command line knows, in one table that the help, the TLS warm-up, the opening of the profile
// and the dispatch all read.
class CommandTable
{
public:
    // The command named `name`, or nullptr when there is none.
    static const Command* find(const QString& name);
    // The application's description for --help, with every command's usage, translated.
    static QString helpText();
};

} // namespace tsunagu::app
