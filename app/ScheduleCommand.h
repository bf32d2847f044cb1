// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu schedule list [--room CODE] [--from DATE] [--count N] [--json]
// tsunagu schedule ics --room CODE [--out FILE]
class ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    // `arguments` starts with "schedule". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
