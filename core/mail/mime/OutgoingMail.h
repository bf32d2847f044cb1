// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mail/mime/MimeMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// A file sent with a mail (an .ics invitation, a flyer). The bytes are sent as they are, base64-encoded.
struct OutgoingAttachment
{
    QString fileName;    // shown to the recipient; RFC 2231-encoded when not plain ASCII
    QString contentType; // "text/calendar; method=PUBLISH"; parameters are kept; empty: application/octet-stream
    QByteArray bytes;
};

// What MimeComposer turns into RFC 5322 bytes. Text is plain text, never HTML.
struct OutgoingMail
{
    enum class Charset
    {
        Utf8,      // the default (DESIGN.md §4)
        Iso2022Jp, // for recipients whose mailers read nothing else; fails on characters JIS X 0208 lacks
    };

    MailAddress from; // the account's address and the host's display name
    QVector<MailAddress> to;
    QVector<MailAddress> cc; // Bcc recipients are given to SMTP only and never appear in the headers
    QVector<MailAddress> replyTo;
    QString subject;
    QString body;            // plain text, "\n" line ends ("\r\n" and "\r" are read as "\n" too)
    QString inReplyTo;       // a message ID, "<a1@example.org>" (the angle brackets may be left out)
    QStringList references;  // message IDs, oldest first
    QDateTime date;          // written with its own UTC offset (Japan: +0900); invalid: the current time
    QString messageIdDomain; // right side of the new Message-ID; empty: the domain of from.address
    Charset charset = Charset::Utf8;
    QVector<OutgoingAttachment> attachments;
    QVector<QPair<QByteArray, QString>> extraHeaders; // e.g. {"X-Tsunagu-Action", "invite"}
};

// The composed mail, ready for SMTP DATA (before dot-stuffing) or IMAP APPEND.
struct ComposedMail
{
    QByteArray bytes;     // 7-bit, CRLF line ends
    QString messageId;    // with angle brackets: "<…@example.org>"
    QStringList warnings; // English technical notes on what was changed (controls removed, …); no content
};

enum class ComposeProblem
{
    NoRecipient,          // neither To nor Cc has an address
    BadAddress,           // detail names the field ("from", "to[2]", "message-id domain"), never the address
    BadHeaderName,        // an extra header name that is not RFC 5322 ftext, or one the composer writes itself
    UnencodableCharacter, // ISO-2022-JP cannot carry these; detail lists them: "😀 (U+1F600), 髙 (U+9AD9)"
};

using ComposeError = Error<ComposeProblem>;
using ComposeResult = Result<ComposedMail, ComposeProblem>;

} // namespace tsunagu
