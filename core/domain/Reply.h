// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tsunagu {

// Where a host's reply stands. Kept from the first keystroke: nothing the host typed is ever lost.
enum class ReplyState
{
    Draft,    // being written in Tsunagu
    Sending,  // handed to the SMTP server; if Tsunagu stops here the host is asked to check, never resent blindly
    Sent,     // the server accepted it
    Failed,   // the server refused it or could not be reached: kept with the error, for a retry
    OnServer, // saved to the account's Drafts folder, to be sent from the host's own mail app
};

// One reply to an applicant. `action` is the key of the reply action ("invite", "hold", "refer", "decline",
// "reminder"); the body may hold meeting secrets, which is why includesSecrets is kept beside it.
struct Reply
{
    qint64 id = 0;
    qint64 applicantId = 0;
    qint64 accountId = 0;
    qint64 hostId = 0;
    QString action;
    QString language = QStringLiteral("ja");
    QString toAddress;
    QString subject;
    QString body;
    bool includesSecrets = false;
    // An invitation that carries the room's next meetings as meetings.ics (join details in it only as the body
    // gives them).
    bool attachMeetings = false;
    ReplyState state = ReplyState::Draft;
    QString errorCode;   // stable key of what went wrong, worded by the UI
    QString errorDetail; // technical detail without secrets
    QString warning;     // sent, but something after it (Sent copy, flags) did not work
    QString messageId;   // Message-ID of what was sent
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt;
};

// The host refers an applicant to another room; with consent, the other room is told only the agreed fields.
struct Referral
{
    qint64 id = 0;
    qint64 applicantId = 0;
    qint64 toRoomId = 0;
    qint64 hostId = 0;
    bool consent = false;
    QStringList sharedFields; // applicant field keys: "anonymous_name", "category", "concern", …
    QString note;
    QDateTime createdAt;
    QDateTime notifiedAt; // invalid until the other room's reception address was written to
};

QString replyStateKey(ReplyState state);
ReplyState replyStateFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
