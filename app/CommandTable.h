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
    // Runs the command; `arguments` starts with the command's name. Returns the process exit code. nullptr for a
    // command that draws (see `draws`): its run function is in DrawingCommands, linked by tsunagu-window only.
    int (*run)(Session& session, const QStringList& arguments);
    // Draws pages (PDF output) and so needs Qt Gui: `tsunagu` hands it to tsunagu-window, which runs it under a
    // QGuiApplication on the offscreen platform. `tsunagu` itself never loads Qt Gui, to stay fast.
    bool draws = false;
    // A command that draws only when this option is given (report --pdf): its run function does the rest, and
    // DrawingCommands holds a second entry of the same name for the drawing.
    const char* drawsWith = nullptr;
    // For a command that must not have the profile open (restore writes the profile's store itself): run instead
    // of `run`, with the global options and no session.
    int (*runWithoutSession)(const CommandLineOptions& options, const QStringList& arguments) = nullptr;
};

// One line of the help: a command's usage, and what it does (translated in the CommandLine context).
struct CommandUsage
{
    const char* command; // the Command it belongs to
    const char* usage;   // the synopsis, as typed (not translated)
    const char* summary; // QT_TRANSLATE_NOOP("CommandLine", …)
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
    // True when the arguments name a command that draws (see Command::draws and Command::drawsWith).
    static bool drawsCommand(const QStringList& commandArguments);
    static bool draws(const Command& command, const QStringList& commandArguments);
};

} // namespace tsunagu::app
