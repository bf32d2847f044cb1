// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The byte-level reader under ImapParser (internal to it): atoms, numbers, quoted strings, literals, NIL and
// lists from one complete response, bounds-checked, throwing ParseError on anything malformed. ImapParser.cpp
// builds typed responses on top of it.

#include "mail/imap/ImapToken.h"

#include <QByteArray>
#include <QString>

#include <cstring>
#include <limits>
#include <optional>

namespace tsunagu::imapparse {

// Thrown inside the parser only; parse() turns it into a Failure (STYLE.md §8).
struct ParseError
{
    QString reason;
};

[[noreturn]] inline void fail(const char* why)
{
    throw ParseError{QString::fromLatin1(why)};
}

constexpr quint64 kMaxNumber = quint64(std::numeric_limits<qint64>::max()); // RFC 7162 §7: mod-sequences are 63-bit

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Where an atom stops (RFC 3501 §9 atom-specials), leniently: '%' and '*' are kept so "\*" reads as a flag.
inline bool endsAtom(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f || c == '(' || c == ')' || c == '{' || c == '"' || c == ']';
}

inline std::optional<quint64> toNumber(const QByteArray& digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
        const auto digit = quint64(c - '0');
        if (value > (kMaxNumber - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

// A bounds-checked cursor over one response.
class Reader
{
public:
    explicit Reader(const QByteArray& raw)
        : m_data(raw.constData())
        , m_size(raw.size())
    {
        // The framer leaves the final line ending on; it is not part of the syntax we read.
        if (m_size > 0 && m_data[m_size - 1] == '\n')
            --m_size;
        if (m_size > 0 && m_data[m_size - 1] == '\r')
            --m_size;
    }

    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    void expect(char c)
    {
        if (peek() != c || atEnd())
            throw ParseError{QStringLiteral("expected '%1' at offset %2").arg(QLatin1Char(c)).arg(m_pos)};
        ++m_pos;
    }
    bool accept(char c)
    {
        if (atEnd() || m_data[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    // One SP separates tokens (RFC 3501 §9); some servers send two, which costs nothing to accept.
    bool skipSpaces()
    {
        const qint64 start = m_pos;
        while (!atEnd() && m_data[m_pos] == ' ')
            ++m_pos;
        return m_pos > start;
    }
    QByteArray readUntil(const char* stops)
    {
        const qint64 start = m_pos;
        while (!atEnd() && !std::strchr(stops, m_data[m_pos]))
            ++m_pos;
        return QByteArray(m_data + start, int(m_pos - start));
    }
    QByteArray rest()
    {
        const QByteArray text(m_data + m_pos, int(m_size - m_pos));
        m_pos = m_size;
        return text;
    }

    // An atom; brackets inside it ("BODY[HEADER.FIELDS (MESSAGE-ID)]<0>") are read to their matching ']'.
    QByteArray readAtom()
    {
        const qint64 start = m_pos;
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c == '[') {
                int depth = 0;
                while (!atEnd()) {
                    const char d = m_data[m_pos];
                    if (d == '\r' || d == '\n')
                        fail("line break inside brackets");
                    if (d == '[')
                        ++depth;
                    else if (d == ']' && --depth == 0)
                        break;
                    ++m_pos;
                }
                if (atEnd())
                    fail("unclosed bracket");
                ++m_pos;
                continue;
            }
            if (endsAtom(c))
                break;
            ++m_pos;
        }
        if (m_pos == start)
            throw ParseError{QStringLiteral("expected an atom at offset %1").arg(m_pos)};
        return QByteArray(m_data + start, int(m_pos - start));
    }

    quint64 readNumber()
    {
        const QByteArray digits = readAtom();
        const std::optional<quint64> value = toNumber(digits);
        if (!value)
            fail("expected a number that fits");
        return *value;
    }

    quint32 readNumber32()
    {
        const quint64 value = readNumber();
        if (value > std::numeric_limits<quint32>::max())
            fail("32-bit number out of range");
        return quint32(value);
    }

    ImapToken readToken(int depth)
    {
        if (depth > ImapParser::kMaxDepth)
            fail("lists nested too deeply");
        ImapToken token;
        switch (peek()) {
        case '(':
            ++m_pos;
            token.kind = ImapToken::Kind::List;
            skipSpaces();
            while (!accept(')')) {
                if (atEnd())
                    fail("unclosed list");
                token.children.push_back(readToken(depth + 1));
                skipSpaces();
            }
            return token;
        case '"':
            token.kind = ImapToken::Kind::String;
            token.text = readQuoted();
            return token;
        case '{':
            token.kind = ImapToken::Kind::Literal;
            token.text = readLiteral();
            return token;
        default:
            break;
        }
        token.text = readAtom();
        if (token.text.compare("NIL", Qt::CaseInsensitive) == 0) {
            token.kind = ImapToken::Kind::Nil;
            token.text.clear();
        } else if (const std::optional<quint64> number = toNumber(token.text)) {
            token.kind = ImapToken::Kind::Number;
            token.number = *number;
        } else {
            token.kind = ImapToken::Kind::Atom; // digits too large for a number stay an atom
        }
        return token;
    }

    // RFC 3501 §4.3 quoted string: '\' escapes '"' and '\'; CR and LF cannot occur.
    QByteArray readQuoted()
    {
        expect('"');
        QByteArray text;
        while (true) {
            if (atEnd())
                fail("unterminated quoted string");
            const char c = m_data[m_pos++];
            if (c == '"')
                return text;
            if (c == '\r' || c == '\n')
                fail("line break in quoted string");
            if (c == '\\') {
                if (atEnd())
                    fail("unterminated quoted string");
                text.append(m_data[m_pos++]);
                continue;
            }
            text.append(c);
        }
    }

    // RFC 3501 §4.3 literal: {N} CRLF and N bytes.
    QByteArray readLiteral()
    {
        expect('{');
        const qint64 start = m_pos;
        while (!atEnd() && isDigit(m_data[m_pos]))
            ++m_pos;
        const std::optional<quint64> size = toNumber(QByteArray(m_data + start, int(m_pos - start)));
        if (!size)
            fail("bad literal size");
        accept('+');
        expect('}');
        accept('\r');
        expect('\n');
        if (*size > quint64(m_size - m_pos))
            fail("literal runs past the response");
        const QByteArray bytes(m_data + m_pos, int(*size));
        m_pos += qint64(*size);
        return bytes;
    }

    // nstring: string, literal or NIL (RFC 3501 §9).
    std::optional<QByteArray> readNString()
    {
        if (peek() == '"')
            return readQuoted();
        if (peek() == '{')
            return readLiteral();
        const QByteArray atom = readAtom();
        if (atom.compare("NIL", Qt::CaseInsensitive) != 0)
            fail("expected a string or NIL");
        return std::nullopt;
    }

    // astring: atom, quoted string or literal (RFC 3501 §9); NIL here is the mailbox named "NIL".
    QByteArray readAString()
    {
        if (peek() == '"')
            return readQuoted();
        if (peek() == '{')
            return readLiteral();
        return readAtom();
    }

    QList<QByteArray> readAtomList()
    {
        expect('(');
        QList<QByteArray> atoms;
        skipSpaces();
        while (!accept(')')) {
            if (atEnd())
                fail("unclosed list");
            atoms.append(readAtom());
            skipSpaces();
        }
        return atoms;
    }

private:
    const char* m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

} // namespace tsunagu::imapparse
