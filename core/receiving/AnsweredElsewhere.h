// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/MailAccount.h"
#include "storage/Database.h"

#include <functional>

namespace tsunagu {

class ImapSession;

// Replies a host sent from another mail program (or a co-host's Tsunagu) are noticed at the next sync: for the
// applications still waiting, the mailbox's flags are read (UID FETCH FLAGS, read-only); \Answered or a $Tsunagu
// keyword sets the applicant's first reply time and leaves a hint. Runs on a session that has the account's
// folder selected or examined.
class AnsweredElsewhere
{
public:
    // done(noticed) is called once, also when the server could not be asked (noticed 0: nothing changes then).
    static void check(ImapSession& session, Database& database, const Clock& clock, const MailAccount& account,
                      quint32 uidValidity, std::function<void(int)> done);
    // Whether a message's flags say it was answered.
    static bool answered(const QStringList& flags);
};

} // namespace tsunagu
