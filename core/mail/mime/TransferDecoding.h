// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace tsunagu {

// Content-Transfer-Encoding (RFC 2045 §6) and the RFC 2047 "B"/"Q" encodings, decoded leniently: real mail has
// garbage in base64, missing padding, broken quoted-printable escapes. Every function is linear in its input.
class TransferDecoding
{
public:
    enum class Encoding
    {
        Identity,
        Base64,
        QuotedPrintable
    };

    struct Problems
    {
        qsizetype garbage = 0;       // base64: bytes outside the alphabet that are not whitespace
        qsizetype brokenEscapes = 0; // quoted-printable: "=" not followed by two hex digits or a line break
        bool unknownEncoding = false;
    };

    // From a Content-Transfer-Encoding value. 7bit, 8bit, binary and anything unknown read as Identity.
    static Encoding fromHeader(const QByteArray& value, bool* unknown = nullptr);

    static QByteArray decode(Encoding encoding, const char* data, qsizetype size, Problems* problems = nullptr);
    // The decoded size, counted without building the decoded bytes (attachments are never decoded).
    static qint64 decodedSize(Encoding encoding, const char* data, qsizetype size);

    static QByteArray decodeBase64(const char* data, qsizetype size, Problems* problems = nullptr);
    static QByteArray decodeQuotedPrintable(const char* data, qsizetype size, Problems* problems = nullptr);
    // RFC 2047 §4.2: "_" is a space, no soft line breaks.
    static QByteArray decodeQ(const char* data, qsizetype size);
    // RFC 2231 §4: %XX, broken escapes kept as they are.
    static QByteArray decodePercent(const char* data, qsizetype size);
};

} // namespace tsunagu
