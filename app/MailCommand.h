// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu mail inspect FILE.eml [--json] · tsunagu mail bench DIR [--rounds N] · tsunagu import FILE.eml… [--room CODE]
class MailCommand
{
    Q_DECLARE_TR_FUNCTIONS(MailCommand)

public:
    // `arguments` starts with "mail". Returns the process exit code.
    static int runMail(Session& session, const QStringList& arguments);
    // `arguments` starts with "import".
    static int runImport(Session& session, const QStringList& arguments);

private:
    static int inspect(Session& session, const QString& path, bool json);
    static int bench(Session& session, const QString& directory, int rounds);
};

} // namespace tsunagu::app
