// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/imap/ImapResponse.h"
#include "mail/imap/ImapToken.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tsunagu {

// Pure parser (no networking): one complete response as cut by ImapFramer → a typed ImapResponse. Every read is
// bounds-checked, numbers are overflow-checked, nesting is bounded. Untagged responses we do not know become
// Kind::Other; only a malformed status, continuation or a known response with broken syntax is an error.
class ImapParser
{
public:
    static constexpr int kMaxDepth = 64;

    struct Failure
    {
        QString reason;
    };

    static std::optional<ImapResponse> parse(const QByteArray& raw, Failure* failure = nullptr);

    // The tokens of a response (no line ending), for tests and for data we do not type.
    static std::optional<std::vector<ImapToken>> tokenize(const QByteArray& raw, Failure* failure = nullptr);

    // RFC 3501 date-time "17-Jul-1996 02:44:25 -0700"; invalid when unreadable.
    static QDateTime parseDateTime(const QByteArray& text);
};

} // namespace tsunagu
