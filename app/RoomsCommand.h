// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu rooms list [--json] | add CODE --name NAME [options] | set CODE [options] | remove CODE
class RoomsCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoomsCommand)

public:
    // `arguments` starts with "rooms". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
