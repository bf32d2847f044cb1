// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/TransferEncoder.h"

namespace tsunagu {

namespace {

// RFC 2045 §6.7 rule 5: encoded lines are at most 76 characters, the soft line break's "=" included.
constexpr qsizetype kMaxQpContent = 75;
constexpr qsizetype kBase64LineLength = 76;

void appendEscape(QByteArray& out, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    out.append('=');
    out.append(hex[c >> 4]);
    out.append(hex[c & 0x0F]);
}

// The encoded form of line[i]; atLineStart: it would be the first character of a physical line.
QByteArray encodedByte(const QByteArray& line, qsizetype i, bool atLineStart)
{
    const auto c = static_cast<unsigned char>(line.at(i));
    const bool last = i + 1 == line.size();
    const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
    const bool guarded = atLineStart && (c == '.' || line.mid(i, 5) == "From ");
    QByteArray out;
    if (literal && !guarded)
        out.append(char(c));
    else
        appendEscape(out, c);
    return out;
}

void appendQpLine(QByteArray& out, const QByteArray& line)
{
    qsizetype column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        QByteArray token = encodedByte(line, i, column == 0);
        if (column + token.size() > kMaxQpContent) {
            out.append("=\r\n"); // RFC 2045 §6.7 rule 5: soft line break
            column = 0;
            token = encodedByte(line, i, true);
        }
        out.append(token);
        column += token.size();
    }
}

} // namespace

QByteArray TransferEncoder::quotedPrintable(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 4 + 16);
    qsizetype begin = 0;
    while (true) {
        const qsizetype end = text.indexOf('\n', begin);
        appendQpLine(out, text.mid(begin, end < 0 ? -1 : end - begin));
        if (end < 0)
            break;
        out.append("\r\n");
        begin = end + 1;
    }
    return out;
}

QByteArray TransferEncoder::base64Lines(const QByteArray& bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / kBase64LineLength * 2 + 2);
    for (qsizetype at = 0; at < encoded.size(); at += kBase64LineLength)
        out.append(encoded.mid(at, kBase64LineLength)).append("\r\n");
    return out;
}

} // namespace tsunagu
