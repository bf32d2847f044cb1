// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// One mailbox of an address list: display name (decoded) and the address as written (addr-spec).
struct MailAddress
{
    QString name;
    QString address;
    bool operator==(const MailAddress& other) const { return name == other.name && address == other.address; }
};

// An attachment is listed, never opened or executed.
struct MailAttachment
{
    QString fileName; // decoded (RFC 2231 / RFC 2047), may be empty
    QString contentType; // lower-case "type/subtype"
    qint64 size = 0;     // decoded size in bytes (or the encoded size when not decoded because over the cap)
};

// Something the decoder was not sure about. The text is a best guess; the raw bytes stay available.
struct DecodingNote
{
    QString where; // "subject", "from", "body", "part 2", …
    QString what;  // short English technical description, e.g. "labelled ISO-2022-JP but bytes are UTF-8"
};

// What a mail means to the rest of Tsunagu: decoded headers, the text a host reads, the attachments.
// Produced by MimeParser from the raw RFC 5322 bytes.
struct MimeMessage
{
    // Headers in order, unfolded, with their raw bytes (8-bit header bytes kept as they came).
    QList<QPair<QByteArray, QByteArray>> rawHeaders;

    QString subject;
    QVector<MailAddress> from;
    QVector<MailAddress> to;
    QVector<MailAddress> cc;
    QVector<MailAddress> replyTo;
    QDateTime date;    // invalid when missing or unreadable
    QString messageId; // without angle brackets
    QString inReplyTo; // without angle brackets, first id only
    QStringList references; // without angle brackets, oldest first

    QString text;           // the chosen plain text: text/plain preferred, else HTML made readable
    bool textFromHtml = false;
    QString html;           // the HTML part when there was one (never rendered as HTML by Tsunagu)
    QVector<MailAttachment> attachments;

    qint64 size = 0;        // bytes of the raw message
    bool truncated = false; // over the size cap: headers and the first text part only
    QVector<DecodingNote> notes;
    bool uncertain() const { return !notes.isEmpty(); }

    // The first header of that name (case-insensitive), decoded (RFC 2047, 8-bit guessed); empty if absent.
    QString header(const QByteArray& name) const;
    QByteArray rawHeader(const QByteArray& name) const;
};

} // namespace tsunagu
