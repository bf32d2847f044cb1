// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::app {

// tsunagu reply --applicant ID --action invite [--template NAME] [--host NAME] [--language ja|en]
//               [--other-room CODE] [--question TEXT] (--send | --draft | --print) [--password-stdin]
//               [--smtp-password-stdin] [--anyway]
// Writes a reply from the room's template and prints it, sends it over SMTP, or saves it to the Drafts folder.
class ReplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplyCommand)
public:
    static int run(Session& session, const QStringList& arguments);
};

} // namespace tsunagu::app
