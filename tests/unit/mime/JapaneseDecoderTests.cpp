// SPDX-License-Identifier: GPL-3.0-or-later
// JapaneseDecoder: the table-driven decoders give ICU's characters for every valid sequence, read ISO-2022-JP
// as real mailers write it, and mark what they cannot read instead of dropping it.
#include "mail/mime/CharsetNames.h"
#include "mail/mime/JapaneseDecoder.h"

#include <QRandomGenerator>
#include <QStringDecoder>

#include <catch2/catch.hpp>

namespace tsunagu {

namespace {

using Charset = JapaneseDecoder::Charset;

QString viaIcu(const char* name, const QByteArray& bytes)
{
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    REQUIRE_FALSE(decoder.hasError());
    text.replace(QChar(0xFF5E), QChar(0x301C)); // the wave dash decision (CharsetDecoder.cpp)
    return text;
}

// Every double-byte sequence ICU maps, in one text, between ASCII words so that both sides resynchronise.
QByteArray everyShiftJisPair()
{
    QByteArray bytes;
    for (int lead = 0x81; lead <= 0xFC; ++lead) {
        if (lead > 0x9F && lead < 0xE0)
            continue;
        for (int trail = 0x40; trail <= 0xFC; ++trail) {
            if (trail == 0x7F)
                continue;
            const QByteArray pair = QByteArray().append(char(lead)).append(char(trail));
            QStringDecoder probe(CharsetNames::kShiftJis, QStringConverter::Flag::Stateless);
            const QString one = probe.decode(pair);
            if (probe.hasError() || one.size() != 1 || one.at(0) == QChar(0xFFFD))
                continue;
            bytes += pair;
            if (trail % 16 == 0)
                bytes += "a\r\n";
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("Shift_JIS through the tables reads every CP932 character exactly as ICU does", "[mime][charset]")
{
    const QByteArray bytes = everyShiftJisPair() + QByteArray::fromHex("b1b2b3") + "ascii ~\\";
    REQUIRE(bytes.size() > 10000); // the NEC, NEC-selected IBM and IBM rows are in it, not just JIS X 0208
    const JapaneseDecoder::Output ours = JapaneseDecoder::decode(Charset::ShiftJis, bytes);
    CHECK(ours.handled);
    CHECK(ours.ok);
    CHECK(ours.replacements == 0);
    CHECK(ours.text == viaIcu(CharsetNames::kShiftJis, bytes));
}

TEST_CASE("EUC-JP and ISO-2022-JP through the tables match ICU on every JIS X 0208 and 0212 cell", "[mime][charset]")
{
    QByteArray euc;
    QByteArray jis0208;
    QByteArray jis0212;
    for (int row = 0x21; row <= 0x7E; ++row) {
        for (int cell = 0x21; cell <= 0x7E; ++cell) {
            const QByteArray pair = QByteArray().append(char(row)).append(char(cell));
            QStringDecoder probe(CharsetNames::kIso2022Jp, QStringConverter::Flag::Stateless);
            const QString one = probe.decode("\x1b$B" + pair + "\x1b(B");
            if (!probe.hasError() && one.size() == 1 && one.at(0) != QChar(0xFFFD))
                jis0208 += pair;
            QStringDecoder probe0212(CharsetNames::kIso2022Jp, QStringConverter::Flag::Stateless);
            const QString other = probe0212.decode("\x1b$(D" + pair + "\x1b(B");
            if (!probe0212.hasError() && other.size() == 1 && other.at(0) != QChar(0xFFFD))
                jis0212 += pair;
            QStringDecoder probeEuc(CharsetNames::kEucJp, QStringConverter::Flag::Stateless);
            const QByteArray high = QByteArray().append(char(row | 0x80)).append(char(cell | 0x80));
            const QString third = probeEuc.decode(high);
            if (!probeEuc.hasError() && third.size() == 1 && third.at(0) != QChar(0xFFFD))
                euc += high;
        }
    }
    REQUIRE(jis0208.size() > 2 * 7000);
    REQUIRE(jis0212.size() > 2 * 5000);

    const QByteArray jisText = "Subject \x1b$B" + jis0208 + "\x1b(B and \x1b$(D" + jis0212 + "\x1b(B end";
    const JapaneseDecoder::Output jis = JapaneseDecoder::decode(Charset::Iso2022Jp, jisText);
    CHECK(jis.handled);
    CHECK(jis.ok);
    CHECK(jis.text == viaIcu(CharsetNames::kIso2022Jp, jisText));

    const QByteArray eucText = "x " + euc + " \x8e\xb1\x8e\xdf y";
    const JapaneseDecoder::Output e = JapaneseDecoder::decode(Charset::EucJp, eucText);
    CHECK(e.ok);
    CHECK(e.text == viaIcu(CharsetNames::kEucJp, eucText));
}

TEST_CASE("ISO-2022-JP reads as real mailers write it", "[mime][charset]")
{
    // CP50220 forgets to return to ASCII before the line break: the second line is still JIS X 0208.
    const JapaneseDecoder::Output across = JapaneseDecoder::decode(Charset::Iso2022Jp, "\x1b$B$\"\r\n$$\x1b(B!");
    CHECK(across.text == QStringLiteral("あ\r\nい!"));
    // JIS X 0201 Roman reads as ASCII: a URL's "~" stays a tilde.
    CHECK(JapaneseDecoder::decode(Charset::Iso2022Jp, "\x1b(J~user\x1b(B").text == QStringLiteral("~user"));
    // SO/SI half-width kana (CP50222) and ESC ( I.
    CHECK(JapaneseDecoder::decode(Charset::Iso2022Jp, "\x0e\x31\x32\x0f!").text == QStringLiteral("ｱｲ!"));
    CHECK(JapaneseDecoder::decode(Charset::Iso2022Jp, "\x1b(I\x31\x1b(B").text == QStringLiteral("ｱ"));
    // JIS 0x2141 is the wave dash.
    CHECK(JapaneseDecoder::decode(Charset::Iso2022Jp, "\x1b$B!A\x1b(B").text == QStringLiteral("〜"));
    // Other ISO-2022-JP-2 sets (here GB 2312) are left to ICU.
    CHECK_FALSE(JapaneseDecoder::decode(Charset::Iso2022Jp, "\x1b$A!!\x1b(B").handled);
}

TEST_CASE("Bytes the tables cannot read are marked, counted and never swallow what follows", "[mime][charset]")
{
    // A Shift_JIS lead byte cut off by the end, and one followed by ASCII.
    JapaneseDecoder::Output cut = JapaneseDecoder::decode(Charset::ShiftJis, "ok\x82");
    CHECK_FALSE(cut.ok);
    CHECK(cut.replacements == 1);
    CHECK(cut.text == QStringLiteral("ok\uFFFD"));
    JapaneseDecoder::Output beforeAscii = JapaneseDecoder::decode(Charset::ShiftJis, "\x82"
                                                                                     "1bc");
    CHECK(beforeAscii.text == QStringLiteral("\uFFFD1bc"));
    // 8-bit bytes inside ISO-2022-JP, half a double-byte character.
    JapaneseDecoder::Output broken = JapaneseDecoder::decode(Charset::Iso2022Jp, "a\xff\x1b$B$");
    CHECK(broken.replacements == 2);
    CHECK(broken.text.startsWith(QStringLiteral("a\uFFFD")));
    // EUC-JP: a lone SS3.
    CHECK(JapaneseDecoder::decode(Charset::EucJp, "\x8f").replacements == 1);

    // Random bytes: every charset writes one character per byte at most and never reports ok with a U+FFFD.
    QRandomGenerator random(20261122);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes(int(random.bounded(1, 200)), Qt::Uninitialized);
        for (char& b : bytes)
            b = char(random.bounded(256));
        for (const Charset charset : {Charset::ShiftJis, Charset::EucJp, Charset::Iso2022Jp}) {
            const JapaneseDecoder::Output out = JapaneseDecoder::decode(charset, bytes);
            if (!out.handled)
                continue;
            CHECK(out.text.size() <= bytes.size());
            CHECK(out.ok == (out.replacements == 0));
            CHECK(out.text.count(QChar(0xFFFD)) == out.replacements);
        }
    }
}

} // namespace tsunagu
