// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receiving/MailWatcher.h"
#include "sending/ReplySender.h"

#include <QDateTime>
#include <QString>

namespace tsunagu::ui {

// The words for what a running job is doing now, which only the window shows. Their texts keep the
// translation contexts of the shared texts they came from (MailAccountText, ReplyText).
class ActivityText
{
public:
    // What receiving mail for an account is doing now, with the time of the next attempt where there is one.
    static QString watcherState(MailWatcher::State state, const QDateTime& nextAttemptAt);
    // The step a reply being sent is at.
    static QString step(ReplySender::Step step);
};

} // namespace tsunagu::ui
