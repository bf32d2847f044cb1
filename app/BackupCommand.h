// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// `tsunagu backup FILE` and `tsunagu restore FILE [--replace]`.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int runBackup(Session& session, const QStringList& arguments);
    // Runs without a session: the profile it restores into may not exist yet, and must not be open.
    static int runRestore(const CommandLineOptions& options, const QStringList& arguments);
};

} // namespace tsunagu::app
