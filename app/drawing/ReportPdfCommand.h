// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu report --room CODE|all --from DATE --to DATE --pdf FILE: the report printed (the other forms of `report`
// run in AttendanceCommand without Qt Gui).
class ReportPdfCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfCommand)

public:
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
