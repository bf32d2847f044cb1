// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace tsunagu::app {

class Session;

// tsunagu applicants list [--room CODE] [--status S] [--json]
class ApplicantsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantsCommand)

public:
    // `arguments` starts with "applicants". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);

private:
    // applicants set ID … and applicants unclassify ID.
    static int change(Session& session, const QCommandLineParser& parser, const QStringList& words);
};

} // namespace tsunagu::app
