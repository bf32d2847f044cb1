// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"

namespace tsunagu {

// Parses RFC 5322 / MIME bytes into a MimeMessage. Never fails: malformed input degrades to what could be
// read, with DecodingNotes saying what was uncertain. Bounded time and memory for any input.
class MimeParser
{
public:
    struct Options
    {
        qint64 maxMessageBytes = 25 * 1024 * 1024; // over this: headers and the first text part only
        int maxDepth = 20;                         // nested multipart / message/rfc822 levels
        int maxParts = 1000;
    };

    static MimeMessage parse(const QByteArray& raw, const Options& options);
    // The message ID in a Message-ID header value, as MimeMessage::messageId has it (no angle brackets).
    static QString messageIdOf(const QByteArray& headerValue);
    static MimeMessage parse(const QByteArray& raw) { return parse(raw, Options{}); }
};

} // namespace tsunagu
