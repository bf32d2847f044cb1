// SPDX-License-Identifier: GPL-3.0-or-later
//
// Characters replaced before ISO-2022-JP encoding (DESIGN.md §4). ICU's JIS X 0208 table is the Microsoft one:
// JIS 0x2141 is U+FF5E, 0x2142 U+2225, 0x215D U+FF0D, 0x2171–0x2172 U+FFE0–U+FFE1, 0x224C U+FFE2, 0x213D U+2015.
// Text typed on a Mac or pasted from the web has the JIS-standard code points instead, which ICU cannot write:
//   U+301C WAVE DASH             → U+FF5E FULLWIDTH TILDE
//   U+2016 DOUBLE VERTICAL LINE  → U+2225 PARALLEL TO
//   U+2212 MINUS SIGN            → U+FF0D FULLWIDTH HYPHEN-MINUS
//   U+00A2 CENT SIGN             → U+FFE0 FULLWIDTH CENT SIGN
//   U+00A3 POUND SIGN            → U+FFE1 FULLWIDTH POUND SIGN
//   U+00AC NOT SIGN              → U+FFE2 FULLWIDTH NOT SIGN
//   U+2014 EM DASH               → U+2015 HORIZONTAL BAR
// ICU writes U+00A5 YEN SIGN and U+203E OVERLINE in JIS X 0201 Roman (ESC ( J), which our own decoder and many
// mailers read as ASCII "\" and "~"; they become U+FFE5 FULLWIDTH YEN SIGN and U+FFE3 FULLWIDTH MACRON.
// U+00A0 NO-BREAK SPACE (common in text pasted from web pages) becomes a space.
// Half-width katakana (U+FF61–U+FF9F) become full-width, a following ﾞ or ﾟ joined to the kana (ｶﾞ → ガ).
//
// Reading back: our decoder shows JIS 0x2141 as U+301C (CharsetDecoder.cpp), so 〜 comes back as 〜 and a
// typed ～ (U+FF5E) comes back as 〜; the other replacements stay as replaced.
#include "mail/mime/JapaneseEncoder.h"

#include <QHash>
#include <QStringEncoder>

namespace tsunagu {

namespace {

struct Replacement
{
    char16_t from;
    char16_t to;
};

constexpr Replacement kReplacements[] = {
    {u'\u301C', u'\uFF5E'}, {u'\u2016', u'\u2225'}, {u'\u2212', u'\uFF0D'}, {u'\u00A2', u'\uFFE0'},
    {u'\u00A3', u'\uFFE1'}, {u'\u00AC', u'\uFFE2'}, {u'\u2014', u'\u2015'}, {u'\u00A5', u'\uFFE5'},
    {u'\u203E', u'\uFFE3'}, {u'\u00A0', u' '},
};

// U+FF61 … U+FF9F, full-width.
constexpr char16_t kHalfWidthKana[] = {
    u'。', u'「', u'」', u'、', u'・', u'ヲ', u'ァ', u'ィ', u'ゥ', u'ェ', u'ォ', u'ャ', u'ュ', u'ョ', u'ッ', u'ー',
    u'ア', u'イ', u'ウ', u'エ', u'オ', u'カ', u'キ', u'ク', u'ケ', u'コ', u'サ', u'シ', u'ス', u'セ', u'ソ', u'タ',
    u'チ', u'ツ', u'テ', u'ト', u'ナ', u'ニ', u'ヌ', u'ネ', u'ノ', u'ハ', u'ヒ', u'フ', u'ヘ', u'ホ', u'マ', u'ミ',
    u'ム', u'メ', u'モ', u'ヤ', u'ユ', u'ヨ', u'ラ', u'リ', u'ル', u'レ', u'ロ', u'ワ', u'ン', u'゛', u'゜',
};
constexpr char16_t kHalfWidthFirst = 0xFF61;
constexpr char16_t kHalfWidthLast = 0xFF9F;
constexpr char16_t kHalfWidthVoiced = 0xFF9E;
constexpr char16_t kHalfWidthSemiVoiced = 0xFF9F;
static_assert(sizeof(kHalfWidthKana) / sizeof(kHalfWidthKana[0]) == kHalfWidthLast - kHalfWidthFirst + 1);

bool isHalfWidthKana(char16_t c)
{
    return c >= kHalfWidthFirst && c <= kHalfWidthLast;
}

// ｶ…ﾄ and ﾊ…ﾎ take the voiced mark; their full-width forms are followed by the voiced one in Unicode.
bool takesVoicedMark(char16_t halfWidth)
{
    return (halfWidth >= 0xFF76 && halfWidth <= 0xFF84) || (halfWidth >= 0xFF8A && halfWidth <= 0xFF8E);
}

bool takesSemiVoicedMark(char16_t halfWidth)
{
    return halfWidth >= 0xFF8A && halfWidth <= 0xFF8E;
}

char16_t replacementFor(char16_t c)
{
    for (const Replacement& replacement : kReplacements) {
        if (replacement.from == c)
            return replacement.to;
    }
    return c;
}

// The JIS X 0208 code ICU writes for one character, or -1. ICU writes "ESC $ B row cell" (or ESC $ @ for the
// 1978 set, the same codes); anything else (JIS X 0201, JIS X 0212, a substitution byte) is not ISO-2022-JP.
int jisCode(QStringView character)
{
    QStringEncoder encoder("ISO-2022-JP");
    if (!encoder.isValid())
        return -1;
    const QByteArray bytes = encoder.encode(character);
    if (encoder.hasError() || bytes.size() != 5 || bytes.at(0) != '\x1B' || bytes.at(1) != '$' ||
        (bytes.at(2) != 'B' && bytes.at(2) != '@'))
        return -1;
    const auto row = static_cast<unsigned char>(bytes.at(3));
    const auto cell = static_cast<unsigned char>(bytes.at(4));
    if (row < 0x21 || row > 0x7E || cell < 0x21 || cell > 0x7E)
        return -1;
    return (row << 8) | cell;
}

} // namespace

QString JapaneseEncoder::toJisRepertoire(const QString& text, bool* changed)
{
    QString out;
    out.reserve(text.size());
    bool replaced = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isHalfWidthKana(c)) {
            const char16_t mapped = replacementFor(c);
            replaced = replaced || mapped != c;
            out.append(QChar(mapped));
            continue;
        }
        replaced = true;
        char16_t full = kHalfWidthKana[c - kHalfWidthFirst];
        const char16_t next = i + 1 < size ? text.at(i + 1).unicode() : 0;
        if (next == kHalfWidthVoiced && c == 0xFF73) {
            full = u'ヴ';
            ++i;
        } else if (next == kHalfWidthVoiced && takesVoicedMark(c)) {
            full = char16_t(full + 1);
            ++i;
        } else if (next == kHalfWidthSemiVoiced && takesSemiVoicedMark(c)) {
            full = char16_t(full + 2);
            ++i;
        }
        out.append(QChar(full));
    }
    if (changed)
        *changed = replaced;
    return out;
}

JapaneseEncoder::Units JapaneseEncoder::toUnits(const QString& text)
{
    Units result;
    result.units.reserve(text.size());
    QHash<char32_t, int> known; // code point → unit, -1 when ICU cannot write it
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        qsizetype length = 1;
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            length = 2;
        const QStringView character(text.constData() + i, length);
        i += length;
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || (u >= 0x20 && u < 0x7F)) {
            result.units.append(u);
            continue;
        }
        const char32_t point = length == 2 ? QChar::surrogateToUcs4(character.at(0), character.at(1)) : u;
        auto found = known.constFind(point);
        if (found == known.constEnd())
            found = known.insert(point, u < 0x80 ? -1 : jisCode(character));
        if (found.value() < 0) {
            const QString missing = character.toString();
            if (!result.unencodable.contains(missing))
                result.unencodable.append(missing);
            continue;
        }
        result.units.append(quint16(found.value()));
    }
    if (!result.unencodable.isEmpty())
        result.units.clear();
    return result;
}

QByteArray JapaneseEncoder::frame(const QVector<quint16>& units, qsizetype from, qsizetype to)
{
    QByteArray out;
    out.reserve((to - from) * 2 + 2 * kEscapeLength);
    bool wide = false;
    for (qsizetype i = from; i < to; ++i) {
        const quint16 unit = units.at(i);
        if (isWide(unit)) {
            if (!wide)
                out.append("\x1B$B", kEscapeLength);
            wide = true;
            out.append(char(unit >> 8));
            out.append(char(unit & 0xFF));
        } else {
            if (wide)
                out.append("\x1B(B", kEscapeLength);
            wide = false;
            out.append(char(unit));
        }
    }
    if (wide)
        out.append("\x1B(B", kEscapeLength);
    return out;
}

} // namespace tsunagu
