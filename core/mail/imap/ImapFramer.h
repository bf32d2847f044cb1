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
//
// A literal longer than maxLiteralBytes is not an error: its first maxLiteralBytes are kept, the rest is counted
// and dropped as it arrives, and the response is passed on with the announcement rewritten to what was kept and
// lastResponseCut() true. So a server that sends 60 MB for a mail (or for a partial fetch of its first 25 MB)
// costs no more memory than the cap, and the connection goes on with the next mail.
class ImapFramer
{
public:
    struct Limits
    {
        // The most of one literal that is kept: the size cap of one mail a sync keeps (MailboxSync::Options).
        qint64 maxLiteralBytes = 25 * 1024 * 1024;
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
    // The most bytes held at once since the start (or reset()): what the caps bound.
    qint64 largestBuffered() const { return m_largest; }
    // True when a literal of the response next() returned last was longer than the cap and was cut.
    bool lastResponseCut() const { return m_lastCut; }
    // Bytes of literals dropped beyond the cap since the start (or reset()).
    qint64 droppedBytes() const { return m_dropped; }

private:
    void fail(const QString& why);
    // Rewrites the announcement {announced} that ends the line piece [m_lineStart, lineEnd) to {kept}.
    void rewriteAnnouncement(qint64 lineEnd, qint64 kept);
    void noteSize();

    Limits m_limits;
    QByteArray m_buffer;
    qint64 m_start = 0;       // first byte of the response being read
    qint64 m_scan = 0;        // where to continue looking for CRLF
    qint64 m_lineStart = 0;   // start of the current line piece
    qint64 m_literalLeft = 0; // bytes of a literal still to come
    qint64 m_dropLeft = 0;    // bytes of a cut literal still to drop after its kept part
    bool m_cut = false;       // the response being read has a cut literal
    bool m_lastCut = false;
    qint64 m_largest = 0;
    qint64 m_dropped = 0;
    QString m_error;
};

} // namespace tsunagu
