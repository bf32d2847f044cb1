// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace tsunagu::app {

class Session;

// tsunagu applicants delete ID [--also-on-server] [--password-stdin] [--yes]: every trace of the applicant in
// Tsunagu goes (see ApplicantEraser); with --also-on-server their original mails are deleted on the server too.
class ApplicantsDeleteCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantsDeleteCommand)

public:
    static int run(Session& session, const QCommandLineParser& parser, const QString& idText);
};

} // namespace tsunagu::app
