// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// `tsunagu diagnostics FILE`: a file for bug reports without personal data (see DiagnosticsReport).
class DiagnosticsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCommand)

public:
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
