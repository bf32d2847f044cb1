// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu account add --name NAME --imap imaps://USER@HOST:PORT [options]: reads the options into a mail account,
// checks it, saves it and keeps its passwords in the keychain. Its texts belong to AccountCommand, whose part it is.
class AccountAddCommand
{
public:
    // `arguments` starts with "account". Returns the process exit code. Runs the event loop while the keychain
    // answers (the command's own top-level loop, not a nested one).
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
