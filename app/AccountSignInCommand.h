// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu account sign-in NAME [--no-browser]: signs an OAuth 2.0 account in. Prints the address to open on a line
// of its own (and opens the browser unless --no-browser), waits up to 5 minutes for the browser to come back to
// 127.0.0.1, keeps the tokens in the keychain and the time of the sign-in in the profile.
class AccountSignInCommand
{
public:
    // `arguments` starts with "account", "sign-in". Returns the exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
