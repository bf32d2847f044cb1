// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu members list [--room CODE] [--json] | add --room CODE --name NAME [--category C] [--joined DATE]
// [--from-applicant ID] | set ID [--name NAME] [--category C] [--status S] [--room CODE] [--joined DATE] |
// remove ID [--yes]
class MembersCommand
{
    Q_DECLARE_TR_FUNCTIONS(MembersCommand)

public:
    // `arguments` starts with "members". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
