// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu audit list [--json] [--since DATE]: what was done, when, by which host, to which record (ids only; the
// log never holds personal data or secrets).
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
