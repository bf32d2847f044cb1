// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu attendance import FILE.csv --room CODE --date DATE [--min-minutes N] [--host-name NAME]… [--replace]
//                                    [--dry-run] [--json]
// tsunagu attendance record --room CODE --date DATE [--persons N] [--families N] [--supporters N] [--others N]
//                           [--first-timers N] [--replace]
// tsunagu report --room CODE|all --from DATE --to DATE [--json | --csv FILE]
class AttendanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceCommand)

public:
    // `arguments` starts with "attendance". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
    // `arguments` starts with "report".
    static int runReport(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
