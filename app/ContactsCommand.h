// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

class Session;

// tsunagu contacts list [--json] [filters] | import FILE.csv | export --csv FILE | vcard ID [--out FILE]
class ContactsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCommand)

public:
    // `arguments` starts with "contacts". Returns the process exit code.
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
