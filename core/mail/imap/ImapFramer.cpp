// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapFramer.h"

#include <limits>

namespace tsunagu {

namespace {

// RFC 3501 §4.3: a line ending in "{N}" announces N literal bytes right after its CRLF. "{N+}" is the client's
// non-synchronising form (RFC 7888); a server has no reason to send it, but it frames the same way.
// Returns -1 when the line does not end in a literal announcement, -2 when the number does not fit.
qint64 literalAnnouncement(const char* line, qint64 length)
{
    if (length < 3 || line[length - 1] != '}')
        return -1;
    qint64 end = length - 1;
    if (line[end - 1] == '+')
        --end;
    qint64 open = end - 1;
    while (open >= 0 && line[open] >= '0' && line[open] <= '9')
        --open;
    if (open < 0 || line[open] != '{' || open + 1 == end)
        return -1;
    qint64 value = 0;
    for (qint64 i = open + 1; i < end; ++i) {
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return -2;
        value = value * 10 + (line[i] - '0');
    }
    return value;
}

} // namespace

ImapFramer::ImapFramer()
    : ImapFramer(Limits{})
{}

ImapFramer::ImapFramer(Limits limits)
    : m_limits(limits)
{}

void ImapFramer::feed(const QByteArray& bytes)
{
    if (failed())
        return;
    // Compact now and then instead of after every response, so many small responses stay linear.
    if (m_start > 0 && (m_start >= m_buffer.size() || m_start > 65536)) {
        m_buffer.remove(0, m_start);
        m_scan -= m_start;
        m_lineStart -= m_start;
        m_start = 0;
    }
    // The tail of a cut literal that arrives while nothing before it waits to be read never enters the buffer.
    qsizetype skip = 0;
    if (m_dropLeft > 0 && m_literalLeft == 0 && m_scan == m_buffer.size()) {
        skip = qsizetype(qMin<qint64>(m_dropLeft, bytes.size()));
        m_dropLeft -= skip;
        m_dropped += skip;
    }
    m_buffer.append(bytes.constData() + skip, bytes.size() - skip);
    noteSize();
}

std::optional<QByteArray> ImapFramer::next()
{
    while (!failed()) {
        qint64 size = m_buffer.size();
        if (m_literalLeft > 0) {
            const qint64 available = size - m_scan;
            if (available < m_literalLeft) {
                m_literalLeft -= available;
                m_scan = size;
                return std::nullopt;
            }
            m_scan += m_literalLeft;
            m_literalLeft = 0;
            m_lineStart = m_scan;
        }
        if (m_dropLeft > 0) {
            const qint64 drop = qMin(m_dropLeft, size - m_scan);
            m_buffer.remove(m_scan, drop);
            m_dropLeft -= drop;
            m_dropped += drop;
            if (m_dropLeft > 0)
                return std::nullopt;
            size = m_buffer.size();
        }
        const qint64 newline = m_scan < size ? m_buffer.indexOf('\n', m_scan) : -1;
        if (newline < 0) {
            if (size - m_lineStart > m_limits.maxLineBytes)
                fail(QStringLiteral("server line longer than %1 bytes").arg(m_limits.maxLineBytes));
            m_scan = size;
            return std::nullopt;
        }
        // A bare LF ends a line too: some servers' error paths send one, and treating it as text would only
        // make the next response unreadable.
        qint64 lineLength = newline - m_lineStart;
        if (lineLength > 0 && m_buffer.at(newline - 1) == '\r')
            --lineLength;
        if (lineLength > m_limits.maxLineBytes) {
            fail(QStringLiteral("server line longer than %1 bytes").arg(m_limits.maxLineBytes));
            return std::nullopt;
        }
        qint64 literal = literalAnnouncement(m_buffer.constData() + m_lineStart, lineLength);
        m_scan = newline + 1;
        if (literal == -2) {
            fail(QStringLiteral("server literal of an impossible size"));
            return std::nullopt;
        }
        if (literal > m_limits.maxLiteralBytes) {
            // Kept up to the cap; the rest is dropped as it comes (see the class comment).
            rewriteAnnouncement(m_lineStart + lineLength, m_limits.maxLiteralBytes);
            m_dropLeft = literal - m_limits.maxLiteralBytes;
            literal = m_limits.maxLiteralBytes;
            m_cut = true;
        }
        if (literal >= 0) {
            if (m_scan - m_start + literal > m_limits.maxResponseBytes) {
                fail(QStringLiteral("server response larger than %1 bytes").arg(m_limits.maxResponseBytes));
                return std::nullopt;
            }
            m_literalLeft = literal;
            m_lineStart = m_scan;
            continue;
        }
        if (m_scan - m_start > m_limits.maxResponseBytes) {
            fail(QStringLiteral("server response larger than %1 bytes").arg(m_limits.maxResponseBytes));
            return std::nullopt;
        }
        QByteArray response = m_buffer.mid(m_start, m_scan - m_start);
        m_start = m_scan;
        m_lineStart = m_scan;
        m_lastCut = m_cut;
        m_cut = false;
        return response;
    }
    return std::nullopt;
}

void ImapFramer::rewriteAnnouncement(qint64 lineEnd, qint64 kept)
{
    // The line piece ends in "{N}" or "{N+}" (literalAnnouncement checked it).
    const qint64 open = m_buffer.lastIndexOf('{', lineEnd - 1);
    const QByteArray replacement = '{' + QByteArray::number(kept) + '}';
    m_buffer.replace(open, lineEnd - open, replacement);
    m_scan += replacement.size() - (lineEnd - open);
}

void ImapFramer::noteSize()
{
    m_largest = qMax(m_largest, bufferedBytes());
}

void ImapFramer::reset()
{
    m_buffer.clear();
    m_start = 0;
    m_scan = 0;
    m_lineStart = 0;
    m_literalLeft = 0;
    m_dropLeft = 0;
    m_cut = m_lastCut = false;
    m_largest = 0;
    m_dropped = 0;
    m_error.clear();
}

void ImapFramer::fail(const QString& why)
{
    m_error = why;
    m_buffer.clear();
    m_start = m_scan = m_lineStart = m_literalLeft = m_dropLeft = 0;
    m_cut = false;
}

} // namespace tsunagu
