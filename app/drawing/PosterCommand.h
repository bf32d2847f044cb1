// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu poster --rooms D,N,G [--size A4|A3] [--contact ID] [--tear-off] [--title T] [--lead T] [--version V]
//                --pdf FILE
class PosterCommand
{
    Q_DECLARE_TR_FUNCTIONS(PosterCommand)

public:
    // `arguments` starts with "poster". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
