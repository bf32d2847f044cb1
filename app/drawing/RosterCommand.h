// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu roster --room CODE [--date DATE] (--pdf FILE | --csv FILE)
class RosterCommand
{
    Q_DECLARE_TR_FUNCTIONS(RosterCommand)

public:
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
