// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapEncoder.h"

#include <algorithm>

namespace tsunagu {

namespace {

// RFC 3501 §9: ATOM-CHAR is any CHAR except atom-specials ( ) { SP CTL % * " \ ]
bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

// RFC 3501 §5.1.3: modified BASE64 uses ',' instead of '/'.
constexpr char kModifiedBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

void appendModifiedBase64(QByteArray& out, const QByteArray& utf16be)
{
    quint32 bits = 0;
    int bitCount = 0;
    for (char c : utf16be) {
        bits = (bits << 8) | static_cast<unsigned char>(c);
        bitCount += 8;
        while (bitCount >= 6) {
            bitCount -= 6;
            out.append(kModifiedBase64[(bits >> bitCount) & 0x3f]);
        }
    }
    if (bitCount > 0)
        out.append(kModifiedBase64[(bits << (6 - bitCount)) & 0x3f]);
}

} // namespace

ImapEncoder::ImapEncoder(QByteArray tag, QByteArray name)
    : m_tag(std::move(tag))
    , m_name(std::move(name))
{}

ImapEncoder& ImapEncoder::raw(const QByteArray& bytes)
{
    m_parts.append(bytes);
    m_literal.push_back(false);
    return *this;
}

ImapEncoder& ImapEncoder::astring(const QByteArray& bytes)
{
    switch (formFor(bytes)) {
    case StringForm::Atom:
        return raw(bytes);
    case StringForm::Quoted:
        return raw('"' + bytes + '"');
    case StringForm::Literal:
        m_parts.append(bytes);
        m_literal.push_back(true);
        return *this;
    case StringForm::Impossible:
        m_impossible = true;
        return *this;
    }
    return *this;
}

ImapEncoder& ImapEncoder::literal(const QByteArray& bytes)
{
    if (bytes.contains('\0'))
        m_impossible = true;
    m_parts.append(bytes);
    m_literal.push_back(true);
    return *this;
}

ImapEncoder& ImapEncoder::mailbox(const QString& name)
{
    // RFC 3501 §5.1: INBOX is case-insensitive; anything else is sent as the user wrote it.
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return raw(QByteArrayLiteral("INBOX"));
    return astring(encodeMailboxName(name));
}

ImapEncoder& ImapEncoder::sensitive()
{
    m_sensitive = true;
    return *this;
}

std::optional<ImapCommand> ImapEncoder::finish(bool literalPlus) const
{
    if (m_impossible)
        return std::nullopt;
    ImapCommand command;
    command.tag = m_tag;
    command.name = m_name;
    command.sensitive = m_sensitive;
    QByteArray piece = m_tag + ' ' + m_name;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        piece += ' ';
        if (!m_literal[size_t(i)]) {
            piece += m_parts[i];
            continue;
        }
        // RFC 3501 §4.3 synchronising literal, or RFC 7888 LITERAL+ "{N+}" that does not wait.
        piece += '{' + QByteArray::number(m_parts[i].size()) + (literalPlus ? "+}\r\n" : "}\r\n");
        if (!literalPlus) {
            command.pieces.append(piece);
            piece.clear();
        }
        piece += m_parts[i];
    }
    piece += "\r\n";
    command.pieces.append(piece);
    return command;
}

ImapEncoder::StringForm ImapEncoder::formFor(const QByteArray& bytes)
{
    if (bytes.contains('\0'))
        return StringForm::Impossible;
    // "NIL" as an atom would read as NIL on the other side (RFC 3501 §4.5).
    if (!bytes.isEmpty() && bytes.compare("NIL", Qt::CaseInsensitive) != 0 &&
        std::all_of(bytes.begin(), bytes.end(), isAtomChar))
        return StringForm::Atom;
    const bool quotable = std::all_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x7f && c != '"' && c != '\\';
    });
    return quotable ? StringForm::Quoted : StringForm::Literal;
}

QByteArray ImapEncoder::sequenceSet(std::vector<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    uids.erase(std::remove(uids.begin(), uids.end(), 0U), uids.end());
    QByteArray set;
    size_t i = 0;
    while (i < uids.size()) {
        size_t j = i;
        while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1)
            ++j;
        if (!set.isEmpty())
            set += ',';
        set += QByteArray::number(uids[i]);
        if (j > i)
            set += ':' + QByteArray::number(uids[j]);
        i = j + 1;
    }
    return set;
}

QByteArray ImapEncoder::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = time.date();
    const QTime clock = time.time();
    const int offsetMinutes = time.offsetFromUtc() / 60;
    const int absolute = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    auto two = [](int n) {
        return QByteArray::number(n).rightJustified(2, '0');
    };
    if (date.year() < 1 || date.year() > 9999)
        return {};
    return '"' + two(date.day()) + '-' + kMonths[date.month() - 1] + '-' +
           QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + two(clock.hour()) + ':' +
           two(clock.minute()) + ':' + two(clock.second()) + ' ' + (offsetMinutes < 0 ? '-' : '+') +
           two(absolute / 60) + two(absolute % 60) + '"';
}

QByteArray ImapEncoder::encodeMailboxName(const QString& name)
{
    QByteArray out;
    QByteArray pending; // UTF-16BE of the current run of non-printable characters
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        out += '&';
        appendModifiedBase64(out, pending);
        out += '-';
        pending.clear();
    };
    for (const QChar ch : name) {
        const char16_t unit = ch.unicode();
        if (unit >= 0x20 && unit <= 0x7e) {
            flush();
            out += unit == '&' ? QByteArrayLiteral("&-") : QByteArray(1, char(unit));
        } else {
            pending += char(unit >> 8);
            pending += char(unit & 0xff);
        }
    }
    flush();
    return out;
}

std::optional<QString> ImapEncoder::decodeMailboxName(const QByteArray& encoded)
{
    QString out;
    qsizetype i = 0;
    while (i < encoded.size()) {
        const char c = encoded[i];
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e)
            return std::nullopt;
        if (c != '&') {
            out += QLatin1Char(c);
            ++i;
            continue;
        }
        const qsizetype end = encoded.indexOf('-', i + 1);
        if (end < 0)
            return std::nullopt;
        if (end == i + 1) {
            out += QLatin1Char('&');
            i = end + 1;
            continue;
        }
        quint32 bits = 0;
        int bitCount = 0;
        QByteArray utf16be;
        for (qsizetype k = i + 1; k < end; ++k) {
            const char* found = std::find(kModifiedBase64, kModifiedBase64 + 64, encoded[k]);
            if (found == kModifiedBase64 + 64)
                return std::nullopt;
            bits = (bits << 6) | quint32(found - kModifiedBase64);
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                utf16be += char((bits >> bitCount) & 0xff);
            }
        }
        // Leftover bits must be zero padding, and the run must hold whole UTF-16 units.
        if (bitCount >= 6 || (bits & ((1U << bitCount) - 1)) != 0 || utf16be.size() % 2 != 0)
            return std::nullopt;
        for (qsizetype k = 0; k < utf16be.size(); k += 2)
            out += QChar(
                char16_t((static_cast<unsigned char>(utf16be[k]) << 8) | static_cast<unsigned char>(utf16be[k + 1])));
        i = end + 1;
    }
    return out;
}

} // namespace tsunagu
