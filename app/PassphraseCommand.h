// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu [--passphrase-file CURRENT] passphrase set --new-passphrase-file FILE | passphrase status [--json]
// set: a sealed profile gets a new passphrase (only its data key is wrapped again); a plain profile gets a data
// key and is sealed in place. remove: refused while the passphrase is the only thing that holds the key.
class PassphraseCommand
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseCommand)

public:
    // `arguments` starts with "passphrase". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
