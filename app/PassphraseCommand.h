// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu [--passphrase-file CURRENT] passphrase set|change --new-passphrase-file FILE | remove | status [--json]
// set: a sealed profile gets a new passphrase (only its data key is wrapped again; a copy of the key in the
// keychain is removed, so that only the passphrase opens it); a plain profile gets a data key and is sealed in
// place. remove: the key moves back to the keychain (refused where no keychain works). status: which wrappers
// hold the key.
class PassphraseCommand
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseCommand)

public:
    // `arguments` starts with "passphrase". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
