// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawing/DrawingCommands.h"

#include "drawing/PosterCommand.h"
#include "drawing/ReportPdfCommand.h"
#include "drawing/RosterCommand.h"

#include <QGuiApplication>

#include <vector>

namespace tsunagu::app {
namespace {

std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv)
{
    // A command prints to a file, never to a screen: the offscreen platform has fonts and painting and needs no
    // display, so it works over SSH and in a service. A platform chosen by the caller is kept.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

// Each entry's name, profile use and connects flag match its CommandTable entry; `draws` is set in both (or the
// table's entry draws only with its `drawsWith` option, as report --pdf).
const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {"poster", Session::Use::Everything, false, &PosterCommand::run, true},
        {"report", Session::Use::Everything, false, &ReportPdfCommand::run, true},
        {"roster", Session::Use::Everything, false, &RosterCommand::run, true},
    };
    return table;
}

} // namespace

const Command* DrawingCommands::find(const QString& name)
{
    for (const Command& command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

const DrawingSupport& DrawingCommands::support()
{
    static const DrawingSupport s_support{&makeGuiApplication, &DrawingCommands::find};
    return s_support;
}

} // namespace tsunagu::app
