// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

// tsunagu sync [--account NAME] [--password-stdin] [--json]: receives new mail of one account (or of every
// account) and prints what was fetched, classified and skipped.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
