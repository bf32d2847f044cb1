// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Reply.h"
#include "domain/ReplyAction.h"
#include "domain/ReplyOutcome.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// The words a host reads about replies, shared by the compose window and the command line.
class ReplyText
{
    Q_DECLARE_TR_FUNCTIONS(ReplyText)

public:
    static QString action(ReplyAction action);
    static QString state(ReplyState state);
    // Why the reply cannot go out yet, with what to do.
    static QString problem(ReplyProblem problem);
    // What went wrong while sending, in plain words, with what to do next.
    static QString sendError(SendError error);
    // The reasons of a SendError::Blocked, one sentence each: its detail holds the problems' keys
    // ("no_account,no_subject") or, when the mail could not be composed, the field the composer refused ("from",
    // "to[0]"), never an address.
    static QStringList blockedReasons(const QString& detail);
    // Something after a successful send that did not work ("sent_copy", "flags").
    static QString warning(const QString& key);
    // Another host answered already: who and when, and the question whether to send anyway.
    static QString othersAnswered(const OthersAnswer& answer);
};

} // namespace tsunagu
