// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/smtp/SmtpReplyReader.h"

namespace tsunagu {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 3463 §2: class "." subject "." detail, class 2, 4 or 5, subject and detail 1 to 3 digits; it ends the text
// or is followed by a space.
QString enhancedStatusOf(const QByteArray& line, int code)
{
    qsizetype i = 0;
    if (line.isEmpty() || line.at(0) != char('0' + code / 100))
        return {};
    i = 1;
    for (int part = 0; part < 2; ++part) {
        if (i >= line.size() || line.at(i) != '.')
            return {};
        ++i;
        const qsizetype start = i;
        while (i < line.size() && isDigit(line.at(i)) && i - start < 4)
            ++i;
        if (i == start || i - start > 3)
            return {};
    }
    if (i < line.size() && line.at(i) != ' ')
        return {};
    return QString::fromLatin1(line.left(i));
}

} // namespace

SmtpReplyReader::SmtpReplyReader()
    : SmtpReplyReader(Limits())
{}

SmtpReplyReader::SmtpReplyReader(Limits limits)
    : m_limits(limits)
{}

void SmtpReplyReader::feed(const QByteArray& bytes)
{
    if (!failed())
        m_buffer += bytes;
}

void SmtpReplyReader::reset()
{
    m_buffer.clear();
    m_lines.clear();
    m_code = 0;
    m_error.clear();
}

bool SmtpReplyReader::fail(const QString& reason)
{
    m_error = reason;
    m_buffer.clear();
    m_lines.clear();
    return false;
}

std::optional<SmtpReply> SmtpReplyReader::next()
{
    while (!failed()) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxLineBytes)
                fail(QStringLiteral("a reply line longer than %1 bytes").arg(m_limits.maxLineBytes));
            return std::nullopt;
        }
        // RFC 5321 §2.3.8 wants CRLF; a bare LF is read as a line end too (lenient on receipt, §4.5.2 aside).
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_limits.maxLineBytes) {
            fail(QStringLiteral("a reply line longer than %1 bytes").arg(m_limits.maxLineBytes));
            return std::nullopt;
        }
        std::optional<SmtpReply> reply = takeLine(line);
        if (reply)
            return reply;
    }
    return std::nullopt;
}

std::optional<SmtpReply> SmtpReplyReader::takeLine(const QByteArray& line)
{
    // RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39, then "-" (more lines follow), " " text, or nothing.
    if (line.size() < 3 || line.at(0) < '2' || line.at(0) > '5' || line.at(1) < '0' || line.at(1) > '5' ||
        !isDigit(line.at(2))) {
        fail(QStringLiteral("not an SMTP reply line"));
        return std::nullopt;
    }
    if (line.contains('\0')) {
        fail(QStringLiteral("a NUL byte in a reply"));
        return std::nullopt;
    }
    const int code = (line.at(0) - '0') * 100 + (line.at(1) - '0') * 10 + (line.at(2) - '0');
    bool last = true;
    if (line.size() > 3) {
        if (line.at(3) == '-')
            last = false;
        else if (line.at(3) != ' ') {
            fail(QStringLiteral("no space or hyphen after the reply code"));
            return std::nullopt;
        }
    }
    if (!m_lines.isEmpty() && code != m_code) {
        fail(QStringLiteral("reply code %1 inside a multi-line reply %2").arg(code).arg(m_code));
        return std::nullopt;
    }
    if (m_lines.size() >= m_limits.maxLines) {
        fail(QStringLiteral("a reply of more than %1 lines").arg(m_limits.maxLines));
        return std::nullopt;
    }
    m_code = code;
    m_lines.append(line.mid(4));
    if (!last)
        return std::nullopt;

    SmtpReply reply;
    reply.code = code;
    reply.lines = std::move(m_lines);
    reply.enhancedStatus = enhancedStatusOf(reply.lines.first(), code);
    m_lines.clear();
    m_code = 0;
    return reply;
}

SmtpResult<SmtpReply> SmtpReplyReader::parse(const QByteArray& bytes)
{
    return parse(bytes, Limits());
}

SmtpResult<SmtpReply> SmtpReplyReader::parse(const QByteArray& bytes, Limits limits)
{
    SmtpReplyReader reader(limits);
    reader.feed(bytes);
    std::optional<SmtpReply> reply = reader.next();
    SmtpError error;
    error.code = SmtpErrorCode::Protocol;
    if (reader.failed())
        error.detail = reader.errorString();
    else if (!reply)
        error.detail = QStringLiteral("an incomplete reply");
    else if (reader.hasBufferedBytes())
        error.detail = QStringLiteral("bytes after the reply");
    else
        return std::move(*reply);
    return error;
}

} // namespace tsunagu
