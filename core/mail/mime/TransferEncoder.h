// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace tsunagu {

// Content-Transfer-Encodings for outgoing parts (RFC 2045 §6.7, §6.8), written with CRLF line ends.
class TransferEncoder
{
public:
    // Quoted-printable of text whose lines are separated by "\n"; each line break becomes a hard CRLF. Physical
    // lines stay within 76 characters (soft breaks never cut an "=XX"). A "." or "From " at the start of a
    // physical line is written "=2E" / "=46rom ", so neither an SMTP server that does not dot-stuff nor an mbox
    // writer changes the text.
    static QByteArray quotedPrintable(const QByteArray& text);

    // Base64 in lines of 76 characters, each ending in CRLF.
    static QByteArray base64Lines(const QByteArray& bytes);
};

} // namespace tsunagu
