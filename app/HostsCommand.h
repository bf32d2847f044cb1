// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu hosts list [--json] | add --name NAME [--signature TEXT] [--rooms D,DA] | set NAME [--name NEW]
// [--signature TEXT] [--rooms D,DA] | remove NAME
class HostsCommand
{
    Q_DECLARE_TR_FUNCTIONS(HostsCommand)

public:
    // `arguments` starts with "hosts". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
