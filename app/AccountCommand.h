// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [--folder F] [--rooms D,DA] [--starttls]
//                     [--ca-file FILE | --pin sha256:HEX] [--password-stdin]
// tsunagu account list [--json]
// tsunagu account remove NAME
class AccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    // `arguments` starts with "account". Returns the process exit code. Runs the event loop while the keychain
    // answers (the command's own top-level loop, not a nested one).
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
