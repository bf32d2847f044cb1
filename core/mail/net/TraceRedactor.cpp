// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/TraceRedactor.h"

#include <cstring>

namespace tsunagu {
namespace {

// A line longer than this without a line end is cut off in the trace (the sessions refuse far less).
constexpr int s_maxLine = 1 << 20;

bool isAddressByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte > 0x20 && byte != 0x7f && std::strchr("<>\"(),;:[]{}\\", c) == nullptr;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A literal announced at the end of the line: {N}, {N+} or the literal8 ~{N} (RFC 3501 §4.3, RFC 7888, RFC 3516).
bool literalAtEnd(const QByteArray& line, qint64* size, int* markerStart)
{
    if (!line.endsWith('}'))
        return false;
    int end = line.size() - 1;
    if (end > 0 && line.at(end - 1) == '+')
        --end;
    int begin = end;
    while (begin > 0 && isDigit(line.at(begin - 1)))
        --begin;
    if (begin == end || begin == 0 || line.at(begin - 1) != '{' || end - begin > 12)
        return false;
    *size = line.mid(begin, end - begin).toLongLong();
    *markerStart = begin - 1;
    if (*markerStart > 0 && line.at(*markerStart - 1) == '~')
        --*markerStart;
    return true;
}

// Quoted strings (RFC 3501 §4.3) become <quoted N bytes>: inside FETCH they carry header values and envelopes.
QByteArray withoutQuotedStrings(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size());
    int i = 0;
    while (i < line.size()) {
        if (line.at(i) != '"') {
            out += line.at(i++);
            continue;
        }
        int j = i + 1;
        while (j < line.size() && line.at(j) != '"')
            j += line.at(j) == '\\' ? 2 : 1;
        const int length = std::min(j, int(line.size())) - i - 1;
        out += "<quoted " + QByteArray::number(length) + " bytes>";
        i = j + 1;
    }
    return out;
}

QByteArray token(const QByteArray& line, int index)
{
    const QList<QByteArray> parts = line.split(' ');
    return index < parts.size() ? parts.at(index) : QByteArray();
}

} // namespace

TraceRedactor::TraceRedactor(Protocol protocol)
    : m_protocol(protocol)
{}

QList<QByteArray> TraceRedactor::sent(const QByteArray& bytes)
{
    return feed(m_client, bytes, true);
}

QList<QByteArray> TraceRedactor::received(const QByteArray& bytes)
{
    return feed(m_server, bytes, false);
}

QList<QByteArray> TraceRedactor::feed(Stream& stream, const QByteArray& bytes, bool fromClient)
{
    QList<QByteArray> lines;
    stream.buffer += bytes;
    while (!stream.buffer.isEmpty()) {
        if (stream.literalLeft > 0) {
            const qint64 take = std::min<qint64>(stream.buffer.size(), stream.literalLeft);
            stream.buffer.remove(0, int(take));
            stream.literalLeft -= take;
            continue;
        }
        const int end = stream.buffer.indexOf('\n');
        if (end < 0) {
            if (stream.buffer.size() > s_maxLine) {
                lines << "<" + QByteArray::number(stream.buffer.size()) + " bytes without a line end>";
                stream.buffer.clear();
            }
            break;
        }
        QByteArray line = stream.buffer.left(end);
        stream.buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);

        if (fromClient && stream.inMessage) {
            // RFC 5321 §4.5.2: the data ends with a line holding one dot; other dots were doubled.
            if (line == ".") {
                lines << "<message " + QByteArray::number(stream.messageBytes) + " bytes>" << line;
                stream.inMessage = false;
                stream.messageBytes = 0;
            } else {
                stream.messageBytes += line.size() + 2;
            }
            continue;
        }
        if (m_protocol == Protocol::Unknown && !fromClient) {
            if (line.startsWith("* "))
                m_protocol = Protocol::Imap;
            else if (line.size() >= 3 && isDigit(line.at(0)) && isDigit(line.at(1)) && isDigit(line.at(2)))
                m_protocol = Protocol::Smtp;
        }
        if (m_protocol == Protocol::Imap) {
            qint64 size = 0;
            int markerStart = 0;
            if (literalAtEnd(line, &size, &markerStart)) {
                stream.logical += line.left(markerStart) + "<literal " + QByteArray::number(size) + " bytes>";
                stream.literalLeft = size;
                continue;
            }
            line = stream.logical + line;
            stream.logical.clear();
        }
        lines << (fromClient ? redactClient(line) : redactServer(line));
    }
    return lines;
}

QByteArray TraceRedactor::redactClient(const QByteArray& line)
{
    switch (m_protocol) {
    case Protocol::Imap:
        return redactImapClient(line);
    case Protocol::Smtp:
        return redactSmtpClient(line);
    case Protocol::Unknown:
        break;
    }
    return withoutAddresses(line);
}

QByteArray TraceRedactor::redactServer(const QByteArray& line)
{
    switch (m_protocol) {
    case Protocol::Imap:
        return redactImapServer(line);
    case Protocol::Smtp:
        return redactSmtpServer(line);
    case Protocol::Unknown:
        break;
    }
    return withoutAddresses(line);
}

QByteArray TraceRedactor::redactImapClient(const QByteArray& line)
{
    // RFC 3501 §6.2.2: between AUTHENTICATE and its tagged answer each client line is a SASL response; "*"
    // cancels.
    if (!m_imapAuthTag.isEmpty())
        return line == "*" ? line : QByteArrayLiteral("<credentials>");
    const QByteArray tag = token(line, 0);
    const QByteArray name = token(line, 1).toUpper();
    if (name == "LOGIN")
        return tag + " LOGIN <user> <password>";
    if (name == "AUTHENTICATE") {
        m_imapAuthTag = tag;
        const QByteArray mechanism = token(line, 2);
        // RFC 4959 SASL-IR: an initial response after the mechanism.
        return tag + " AUTHENTICATE " + mechanism + (token(line, 3).isEmpty() ? "" : " <credentials>");
    }
    return withoutAddresses(line);
}

QByteArray TraceRedactor::redactImapServer(const QByteArray& line)
{
    if (!m_imapAuthTag.isEmpty()) {
        if (line.startsWith(QByteArray(m_imapAuthTag + ' ')))
            m_imapAuthTag.clear();
        else if (line.startsWith('+'))
            return line.trimmed().size() > 1 ? QByteArrayLiteral("+ <challenge>") : QByteArrayLiteral("+");
    }
    if (line.startsWith("* ") && token(line, 2).toUpper() == "FETCH")
        return withoutAddresses(withoutQuotedStrings(line));
    return withoutAddresses(line);
}

QByteArray TraceRedactor::redactSmtpClient(const QByteArray& line)
{
    // RFC 4954 §4: after AUTH, each client line answers a 334 challenge; "*" cancels.
    if (m_smtpAuth)
        return line == "*" ? line : QByteArrayLiteral("<credentials>");
    const QByteArray verb = token(line, 0).toUpper();
    if (verb == "AUTH") {
        m_smtpAuth = true;
        const QByteArray mechanism = token(line, 1);
        return "AUTH " + mechanism + (token(line, 2).isEmpty() ? "" : " <credentials>");
    }
    if (verb == "DATA")
        m_smtpDataSent = true;
    return withoutAddresses(line);
}

QByteArray TraceRedactor::redactSmtpServer(const QByteArray& line)
{
    const QByteArray code = line.left(3);
    const bool last = line.size() < 4 || line.at(3) != '-'; // RFC 5321 §4.2.1: "250-" continues, "250 " ends
    if (m_smtpAuth) {
        if (code == "334")
            return line.trimmed().size() > 3 ? QByteArrayLiteral("334 <challenge>") : code;
        if (last)
            m_smtpAuth = false;
    }
    if (m_smtpDataSent && last) {
        m_smtpDataSent = false;
        m_client.inMessage = code == "354";
    }
    return withoutAddresses(line);
}

QByteArray TraceRedactor::withoutAddresses(const QByteArray& line)
{
    QByteArray out;
    int copied = 0;
    int at = line.indexOf('@');
    while (at >= 0) {
        int begin = at;
        while (begin > copied && isAddressByte(line.at(begin - 1)))
            --begin;
        int end = at + 1;
        while (end < line.size() && isAddressByte(line.at(end)))
            ++end;
        if (begin < at && end > at + 1) {
            if (begin > copied && line.at(begin - 1) == '<' && end < line.size() && line.at(end) == '>') {
                --begin;
                ++end;
            }
            out += line.mid(copied, begin - copied) + "<address>";
            copied = end;
        }
        at = line.indexOf('@', std::max(end, at + 1));
    }
    out += line.mid(copied);
    return out;
}

} // namespace tsunagu
