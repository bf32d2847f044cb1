// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ReplyAction.h"

#include "domain/KeyTable.h"

namespace tsunagu {
namespace {

// Never change a key once released: the schema's CHECK on templates.action lists the same five.
constexpr KeyTable<ReplyAction, 5> s_actions{{
    {ReplyAction::Invite, "invite"},
    {ReplyAction::Hold, "hold"},
    {ReplyAction::Refer, "refer"},
    {ReplyAction::Decline, "decline"},
    {ReplyAction::Reminder, "reminder"},
}};

} // namespace

QString replyActionKey(ReplyAction action)
{
    return keyOf(s_actions, action);
}

ReplyAction replyActionFromKey(const QString& key, bool* ok, ReplyAction fallback)
{
    return valueOf(s_actions, key, fallback, ok);
}

QVector<ReplyAction> allReplyActions()
{
    QVector<ReplyAction> actions;
    for (const auto& entry : s_actions)
        actions.append(entry.first);
    return actions;
}

} // namespace tsunagu
