// SPDX-License-Identifier: GPL-3.0-or-later
// Random text through the composer and back through our parser (deterministic seeds): in UTF-8 every character
// survives, in ISO-2022-JP every JIS X 0208 character does, and every mail is 7-bit with short CRLF lines.
#include "ComposeTestSupport.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QStringDecoder>

namespace tsunagu {

using namespace tsunagu::test;

namespace {

struct Range
{
    char32_t first;
    char32_t last;
    int weight;
};

// Printable ASCII (specials and "=?" included), Latin, combining marks, kana (half-width too), kanji,
// full-width forms, symbols, emoji and supplementary-plane kanji (surrogate pairs). No controls, no surrogates
// on their own, no U+FEFF (a decoder drops it at the start of a text as a byte-order mark).
const Range kRanges[] = {
    {0x20, 0x7E, 40},    {0xA0, 0x17F, 6},    {0x300, 0x36F, 2},     {0x391, 0x3C9, 2},
    {0x2010, 0x2027, 2}, {0x2030, 0x2BFF, 3}, {0x3000, 0x30FF, 12},  {0x4E00, 0x9FFF, 12},
    {0xAC00, 0xD7A3, 2}, {0xFF01, 0xFF9F, 5}, {0x1F300, 0x1FAFF, 3}, {0x20000, 0x2A6DF, 2},
};

char32_t randomCodePoint(QRandomGenerator& random)
{
    int total = 0;
    for (const Range& range : kRanges)
        total += range.weight;
    int pick = int(random.bounded(total));
    for (const Range& range : kRanges) {
        if (pick < range.weight)
            return range.first + char32_t(random.bounded(quint32(range.last - range.first + 1)));
        pick -= range.weight;
    }
    return U'?';
}

QString randomText(QRandomGenerator& random, int maxLength, bool lines)
{
    QString text;
    const int length = int(random.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i) {
        const quint32 roll = random.bounded(100u);
        if (lines && roll < 4)
            text += QLatin1Char('\n');
        else if (lines && roll < 5)
            text += QLatin1Char('\t');
        else if (roll < 7)
            text += QStringLiteral("=?");
        else if (roll < 15)
            text += QLatin1Char(' ');
        else
            text += QString::fromUcs4(std::array<char32_t, 1>{randomCodePoint(random)}.data(), 1);
    }
    return text;
}

// What MimeParser documents it does to text: subjects are trimmed; display names simplified and stripped of
// quotes around them (some mailers put the quotes inside encoded-words); body text loses blank lines before
// its first line and whitespace after its last (BodyReader.cpp).
QString asParsedName(const QString& name)
{
    QString simple = name.simplified();
    if (simple.size() >= 2 && simple.startsWith(QLatin1Char('"')) && simple.endsWith(QLatin1Char('"')))
        simple = simple.mid(1, simple.size() - 2).trimmed();
    return simple;
}

QString asParsedBody(const QString& text)
{
    qsizetype begin = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            begin = i + 1;
        else if (!text.at(i).isSpace())
            break;
    }
    qsizetype end = text.size();
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return text.mid(begin, end - begin);
}

// Every character of JIS X 0208 rows 1–8 and 16–47 (symbols, kana, Greek, Cyrillic, box drawing, level-1
// kanji) as ICU decodes it, with ASCII: text ISO-2022-JP can carry.
QStringList jisCharacters()
{
    QStringList characters;
    for (int row = 0x21; row <= 0x4F; ++row) {
        if (row > 0x28 && row < 0x30)
            continue;
        for (int cell = 0x21; cell <= 0x7E; ++cell) {
            QStringDecoder decoder("ISO-2022-JP");
            const QString text = decoder.decode(QByteArray("\x1B$B") + char(row) + char(cell) + "\x1B(B");
            if (!decoder.hasError() && text.size() == 1 && text != QStringLiteral("\uFFFD"))
                characters.append(text);
        }
    }
    for (char c = 0x20; c < 0x7F; ++c)
        characters.append(QString(QLatin1Char(c)));
    return characters;
}

} // namespace

TEST_CASE("Random Unicode subject, name and body read back exactly in UTF-8", "[compose][property]")
{
    QRandomGenerator random(20261201);
    for (int round = 0; round < 300; ++round) {
        OutgoingMail mail = sampleReply();
        mail.subject = randomText(random, 120, false);
        mail.from.name = randomText(random, 40, false);
        mail.to.first().name = randomText(random, 40, false);
        mail.body = randomText(random, round % 10 == 0 ? 4000 : 400, true);
        INFO("round " << round);
        const ComposedMail composed = composeOrFail(mail);
        checkWireFormat(composed.bytes);
        const MimeMessage parsed = MimeParser::parse(composed.bytes);
        INFO(describeNotes(parsed));
        CHECK_FALSE(parsed.uncertain());
        CHECK(parsed.subject == mail.subject.trimmed());
        REQUIRE(parsed.from.size() == 1);
        CHECK(parsed.from.first().name == asParsedName(mail.from.name));
        REQUIRE(parsed.to.size() == 1);
        CHECK(parsed.to.first().name == asParsedName(mail.to.first().name));
        CHECK(parsed.to.first().address == mail.to.first().address);
        CHECK(parsed.text == asParsedBody(mail.body));
    }
}

TEST_CASE("Random JIS X 0208 text reads back in ISO-2022-JP", "[compose][property]")
{
    const QStringList characters = jisCharacters();
    REQUIRE(characters.size() > 3000);
    QRandomGenerator random(1468);
    const auto randomJis = [&](int maxLength, bool lines) {
        QString text;
        const int length = int(random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i)
            text += lines && random.bounded(20) == 0 ? QStringLiteral("\n")
                                                     : characters.at(int(random.bounded(characters.size())));
        return text;
    };
    // Our decoder shows JIS 0x2141 as 〜 (U+301C), where ICU reads U+FF5E (CharsetDecoder.cpp).
    const auto asRead = [](QString text) {
        return text.replace(QChar(0xFF5E), QChar(0x301C));
    };
    for (int round = 0; round < 200; ++round) {
        OutgoingMail mail = sampleReply();
        mail.charset = OutgoingMail::Charset::Iso2022Jp;
        mail.subject = randomJis(60, false);
        mail.from.name = randomJis(20, false);
        mail.body = randomJis(round % 10 == 0 ? 3000 : 300, true);
        INFO("round " << round);
        const ComposedMail composed = composeOrFail(mail);
        checkWireFormat(composed.bytes, 998); // 7bit body lines are as long as the text's lines
        checkWireFormat(headerSection(composed.bytes));
        const MimeMessage parsed = MimeParser::parse(composed.bytes);
        INFO(describeNotes(parsed));
        CHECK_FALSE(parsed.uncertain());
        CHECK(parsed.subject == asRead(mail.subject).trimmed());
        CHECK(parsed.from.first().name == asParsedName(asRead(mail.from.name)));
        CHECK(parsed.text == asParsedBody(asRead(mail.body)));
    }
}

} // namespace tsunagu
