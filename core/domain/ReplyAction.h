// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace tsunagu {

// What a reply does for an applicant; each action has its own templates.
enum class ReplyAction
{
    Invite,   // welcome, next meetings and the secret join details
    Hold,     // a question before inviting
    Refer,    // another room fits better
    Decline,  // politely, with other places to turn to
    Reminder, // the next meetings, without join details
};

// Stable keys as stored in templates.action: "invite", "hold", "refer", "decline", "reminder".
QString replyActionKey(ReplyAction action);
// `fallback` and *ok = false for a key that is not one of the five.
ReplyAction replyActionFromKey(const QString& key, bool* ok = nullptr, ReplyAction fallback = ReplyAction::Invite);
// The five actions in the order the UI lists them.
QVector<ReplyAction> allReplyActions();

} // namespace tsunagu
