// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/HeaderWriter.h"
#include "mail/mime/OutgoingMail.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tsunagu {

// One MIME part of an outgoing mail: its Content-* fields and its encoded body.
struct EncodedPart
{
    QByteArray fields;       // Content-Type and Content-Transfer-Encoding, folded, each ending in CRLF
    QByteArray body;         // 7-bit, CRLF line ends, ending in CRLF unless empty
    QStringList unencodable; // characters the charset could not carry (the part is then unusable)
    QStringList warnings;    // what was changed, without content
};

class PartWriter
{
public:
    // The text part. UTF-8 text is quoted-printable when fewer than 1 in 16 of its characters are non-ASCII,
    // else base64: a Japanese character is 3 UTF-8 bytes, 9 characters in quoted-printable and 4 in base64,
    // and at 1 in 16 the two come out the same size. Mostly-ASCII text so stays readable in the source.
    // ISO-2022-JP text is 7bit (RFC 1468), or base64 when a line would be over 998 bytes (RFC 5322 §2.1.1).
    static EncodedPart text(const QString& body, OutgoingMail::Charset charset);

    // An attachment, base64. `index` names it in warnings ("attachment 1").
    static EncodedPart attachment(const OutgoingAttachment& attachment, int index);

    // Body text with "\n" line ends only, without C0 controls other than TAB and LF, DEL and C1 controls, and
    // with U+FFFD for a lone surrogate. `changed` is set when anything other than line ends changed.
    static QString cleanedBody(const QString& text, bool* changed = nullptr);
};

} // namespace tsunagu
