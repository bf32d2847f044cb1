// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/HeaderWriter.h"

#include "mail/mime/EncodedWordWriter.h"
#include "mail/mime/JapaneseEncoder.h"

#include <QStringList>

#include <algorithm>

namespace tsunagu {

namespace {

constexpr qsizetype kMaxMessageId = 900;

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

bool isPrintableAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

// RFC 5322 §3.2.3 atext.
bool isAtext(QChar c)
{
    static const QString others = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || others.contains(c);
}

// Printable ASCII that can go into a header as written: it does not look like an encoded-word to a reader
// (RFC 2047 §6.1 readers decode "=?…?=" in unstructured text; ours also inside quoted strings), has no space
// at either end (a reader trims it), and every run without spaces fits a line, so folding keeps lines legal.
bool isPlainSafe(const QString& text, qsizetype firstRoom)
{
    if (!isPrintableAscii(text) || text.contains(QLatin1String("=?")) || text.startsWith(QLatin1Char(' ')) ||
        text.endsWith(QLatin1Char(' ')))
        return false;
    qsizetype run = 0;
    qsizetype room = firstRoom;
    for (QChar c : text) {
        if (c == QLatin1Char(' ')) {
            run = 0;
            room = HeaderWriter::kLineLength - 1;
            continue;
        }
        if (++run > room)
            return false;
    }
    return true;
}

// A phrase of atoms (RFC 5322 §3.2.5) with single spaces: needs no quotes.
bool isAtomPhrase(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '));
    for (const QString& word : words) {
        if (word.isEmpty() || !std::all_of(word.cbegin(), word.cend(), isAtext))
            return false;
    }
    return true;
}

QByteArray quoted(const QString& text)
{
    QByteArray out("\"");
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out.append('\\'); // RFC 5322 §3.2.4 quoted-pair
        out.append(char(c.unicode()));
    }
    return out.append('"');
}

} // namespace

HeaderWriter::HeaderWriter(Charset charset)
    : m_charset(charset)
{}

int HeaderWriter::maxWordFor(const QByteArray& name)
{
    // The first word fits on the line after "Name: "; later words on a continuation line of their own.
    return std::clamp(int(kLineLength - name.size() - 2), 30, EncodedWordWriter::kMaxWordLength);
}

QByteArray HeaderWriter::encodedWords(const QString& text, int maxWord)
{
    if (m_charset == Charset::Utf8)
        return EncodedWordWriter::utf8(text, maxWord);
    const JapaneseEncoder::Units units = JapaneseEncoder::toUnits(text);
    for (const QString& character : units.unencodable) {
        if (!m_unencodable.contains(character))
            m_unencodable.append(character);
    }
    if (!units.unencodable.isEmpty())
        return QByteArray("?"); // never sent: the composer fails on unencodable()
    return EncodedWordWriter::iso2022Jp(units.units, maxWord);
}

QByteArray HeaderWriter::unstructured(const QByteArray& name, const QString& text)
{
    QString value = cleaned(text);
    if (m_charset == Charset::Iso2022Jp)
        value = JapaneseEncoder::toJisRepertoire(value);
    if (value.isEmpty() || isPlainSafe(value, kLineLength - name.size() - 2))
        return value.toLatin1();
    return encodedWords(value, maxWordFor(name));
}

QByteArray HeaderWriter::phrase(const QString& name, int maxWord)
{
    QString value = cleaned(name);
    if (m_charset == Charset::Iso2022Jp)
        value = JapaneseEncoder::toJisRepertoire(value);
    if (value.isEmpty())
        return {};
    // The run check counts the quotes and backslashes a quoted string adds, roughly: 4 characters spare.
    if (isPlainSafe(value, maxWord - 4))
        return isAtomPhrase(value) ? value.toLatin1() : quoted(value);
    return encodedWords(value, maxWord);
}

QByteArray HeaderWriter::mailboxList(const QByteArray& name, const QVector<MailAddress>& addresses)
{
    const int maxWord = maxWordFor(name);
    QByteArray out;
    for (const MailAddress& address : addresses) {
        if (!out.isEmpty())
            out.append(", ");
        const QByteArray display = phrase(address.name, maxWord);
        if (!display.isEmpty())
            out.append(display).append(' ');
        // Always in angle brackets: a bare addr-spec with "=?" or a quote in its local part could be misread.
        out.append('<').append(address.address.toLatin1()).append('>');
    }
    return out;
}

QByteArray HeaderWriter::field(const QByteArray& name, const QByteArray& value)
{
    QByteArray line = name;
    line.append(':');
    if (!value.isEmpty())
        line.append(' ').append(value);
    // Fold points: a space or tab followed by something other than whitespace, so that no line is blank; the
    // space right after the colon is one too, used only when nothing else fits.
    QVector<qsizetype> breaks;
    for (qsizetype i = name.size() + 1; i + 1 < line.size(); ++i) {
        if (isWsp(line.at(i)) && !isWsp(line.at(i + 1)))
            breaks.append(i);
    }
    QByteArray out;
    out.reserve(line.size() + line.size() / 30 + 2);
    qsizetype lineStart = 0;
    qsizetype next = 0; // first fold point not yet passed
    while (line.size() - lineStart > kLineLength) {
        while (next < breaks.size() && breaks.at(next) <= lineStart + 1)
            ++next;
        if (next >= breaks.size())
            break;
        qsizetype chosen = breaks.at(next); // too far already, when no fold point fits
        for (qsizetype k = next; k < breaks.size() && breaks.at(k) - lineStart <= kLineLength; ++k)
            chosen = breaks.at(k);
        out.append(line.constData() + lineStart, chosen - lineStart).append("\r\n");
        lineStart = chosen;
    }
    out.append(line.constData() + lineStart, line.size() - lineStart).append("\r\n");
    return out;
}

QString HeaderWriter::cleaned(const QString& text, bool* changed)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out.append(QLatin1Char(' '));
        } else if (u == u'\n' || u == u'\t' || u == u'\v' || u == u'\f') {
            out.append(QLatin1Char(' '));
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F)) {
            continue;
        } else if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
        } else if (c.isSurrogate()) {
            out.append(QChar(QChar::ReplacementCharacter));
        } else {
            out.append(c);
        }
    }
    if (changed)
        *changed = out != text;
    return out;
}

QByteArray HeaderWriter::date(const QDateTime& dateTime)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate day = dateTime.date();
    const QTime time = dateTime.time();
    const int offset = dateTime.offsetFromUtc();
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[day.dayOfWeek() - 1], day.day(),
                             months[day.month() - 1], day.year(), time.hour(), time.minute(), time.second(),
                             offset < 0 ? '-' : '+', minutes / 60, minutes % 60)
        .toLatin1();
}

QByteArray HeaderWriter::messageId(const QString& id)
{
    QString bare = id.trimmed();
    if (bare.startsWith(QLatin1Char('<')) && bare.endsWith(QLatin1Char('>')))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.isEmpty() || bare.size() > kMaxMessageId)
        return {};
    for (QChar c : bare) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7E || u == u'<' || u == u'>')
            return {};
    }
    return QByteArray("<").append(bare.toLatin1()).append('>');
}

} // namespace tsunagu
