// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tsunagu {

// One complete SMTP reply (RFC 5321 §4.2): a three-digit code and one or more lines of text. A multi-line reply
// ("250-first", "250 last") has the same code on every line.
struct SmtpReply
{
    int code = 0;
    // RFC 3463 enhanced status code ("5.7.8") from the start of the first line, when the server sent one whose
    // class matches the reply code (RFC 2034 §3); empty otherwise.
    QString enhancedStatus;
    // The text after "NNN-" / "NNN " on each line, as sent (enhanced status not removed), without the line break.
    QList<QByteArray> lines;

    bool isPositive() const { return code >= 200 && code < 400; } // 2yz done, 3yz go on (RFC 5321 §4.2.1)
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }

    // The lines joined with " / ", enhanced status codes removed, control characters replaced by '?', and cut to
    // maxChars: safe to put in an error detail or a log.
    QString text(int maxChars = 500) const;
};

} // namespace tsunagu
