// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReplyAction.h"

#include <QDateTime>
#include <QString>

namespace tsunagu {

// One reply template as stored in the `templates` table. Subject and body contain `{{key}}` placeholders and
// optional sections `{{#key}}…{{/key}}` (kept only when key has a value) and `{{^key}}…{{/key}}` (only when not).
struct ReplyTemplate
{
    qint64 id = 0;
    ReplyAction action = ReplyAction::Invite;
    qint64 roomId = 0;                       // 0: for every room
    qint64 hostId = 0;                       // 0: for every host
    QString language = QStringLiteral("ja"); // "ja" or "en"
    QString name;                            // "" is the default of its action, room, host and language
    QString subject;
    QString body;
    QDateTime updatedAt;
};

} // namespace tsunagu
