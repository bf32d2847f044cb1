// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

// tsunagu sync [--account NAME] [--password-stdin] [--fetch-only] [--json]: receives new mail of one account (or
// of every account) and prints what was fetched, classified and skipped. A sync downloads first and reads after
// (MailboxSync); --fetch-only stops after the download, and the mail waits to be read by the next sync or the
// window.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
