// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tsunagu {

enum class MessageDirection { Incoming, Outgoing };

// What intake made of a mail.
enum class Classification {
    Application,  // a form submission: an applicant was created from it
    Reply,        // an applicant writing back
    Unclassified, // 未分類: for the host to turn into an applicant, attach, or ignore
    Spam,         // lowered to the spam list, never deleted
    Ignored,      // the host chose to ignore it
    Sent          // written by a host
};

struct Message
{
    qint64 id = 0;
    MessageDirection direction = MessageDirection::Incoming;
    qint64 accountId = 0; // 0: imported from a file
    QString mailbox;      // "INBOX", or "import" for a file
    qint64 uidValidity = 0;
    qint64 uid = 0; // 0 with uidValidity 0: not from a server
    QString messageId;
    QString inReplyTo;
    QString references; // space-separated ids
    QString subject;
    QString fromAddress; // "Name <address>" as shown
    QString toAddresses;
    QString replyTo;
    QDateTime sentAt;     // the Date header
    QDateTime receivedAt; // when Tsunagu took it in
    qint64 sizeBytes = 0;
    QString bodyText;
    Classification classification = Classification::Unclassified;
    qint64 applicantId = 0;
    QByteArray raw;
    QString sha256;
    QString decodingNotes; // JSON
    QString attachments;   // JSON
    QString spamReason;
};

QString classificationKey(Classification classification);
Classification classificationFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
