// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tsunagu {

// Cuts the server's byte stream, however it was chunked, into complete responses: a line ending in CRLF, and
// when the line ends in a literal announcement {N} (RFC 3501 §4.3; {N+} tolerated), the N bytes and the rest of
// the response after them, recursively. Never blocks; memory is bounded by the caps (STYLE.md §11). After an
// error the framer stays failed: the connection must be dropped.
class ImapFramer
{
public:
    struct Limits
    {
        qint64 maxLiteralBytes = 64 * 1024 * 1024;
        qint64 maxLineBytes = 1024 * 1024; // each line piece between literals
        qint64 maxResponseBytes = 80 * 1024 * 1024;
    };

    ImapFramer();
    explicit ImapFramer(Limits limits);

    void feed(const QByteArray& bytes);
    // The next complete response (with its final CRLF), or nothing when more bytes are needed or failed().
    std::optional<QByteArray> next();

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Drops every buffered byte (after STARTTLS, RFC 3501 §6.2.1: nothing sent before the handshake counts).
    void reset();
    qint64 bufferedBytes() const { return m_buffer.size() - m_start; }

private:
    void fail(const QString& why);

    Limits m_limits;
    QByteArray m_buffer;
    qint64 m_start = 0;       // first byte of the response being read
    qint64 m_scan = 0;        // where to continue looking for CRLF
    qint64 m_lineStart = 0;   // start of the current line piece
    qint64 m_literalLeft = 0; // bytes of a literal still to come
    QString m_error;
};

} // namespace tsunagu
