// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/smtp/SmtpError.h"
#include "mail/smtp/SmtpReply.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tsunagu {

// Bytes from the server → complete replies (STYLE.md §10: never blocks, never trusts). Bytes arrive in any
// pieces; next() hands out a reply once its last line is complete. Anything that is not a reply (no three-digit
// code, a code outside 2yz-5yz, lines of one reply with different codes, a NUL byte, a line or a reply over the
// caps) makes the reader fail for good: the connection cannot be trusted any more.
class SmtpReplyReader
{
public:
    struct Limits
    {
        // RFC 5321 §4.5.3.1.5 allows 512 octets per reply line; real servers stay well below, some just above.
        qsizetype maxLineBytes = 2048;
        // An EHLO reply has one line per extension; a few dozen at most.
        int maxLines = 128;
    };

    SmtpReplyReader();
    explicit SmtpReplyReader(Limits limits);

    void feed(const QByteArray& bytes);
    // The next complete reply; nothing when more bytes are needed or the input failed (see failed()).
    std::optional<SmtpReply> next();
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes received but not yet part of a reply handed out.
    bool hasBufferedBytes() const { return !m_buffer.isEmpty() || !m_lines.isEmpty(); }
    // Forgets everything buffered and any failure (after STARTTLS, RFC 3207 §4.2).
    void reset();

    // Exactly one complete reply and nothing after it, or Protocol with the reason.
    static SmtpResult<SmtpReply> parse(const QByteArray& bytes);
    static SmtpResult<SmtpReply> parse(const QByteArray& bytes, Limits limits);

private:
    bool fail(const QString& reason);
    // Takes one line (without its line break); returns a finished reply when the line was the last one.
    std::optional<SmtpReply> takeLine(const QByteArray& line);

    Limits m_limits;
    QByteArray m_buffer;
    QList<QByteArray> m_lines; // text of the lines so far of a multi-line reply
    int m_code = 0;
    QString m_error;
};

} // namespace tsunagu
