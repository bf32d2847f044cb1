// SPDX-License-Identifier: GPL-3.0-or-later
// CharsetDecoder: the names Japanese mail uses, the documented fallback order, and the wave dash.
#include "MimeTestSupport.h"

#include "mail/mime/CharsetDecoder.h"

#include <catch2/catch.hpp>

namespace tsunagu {

namespace {

using Outcome = CharsetDecoder::Outcome;

// ISO-2022-JP bytes as CP50221 writes them (made with the corpus generator's encoder).
const QByteArray kNecIbmJis = QByteArray::fromHex("1b24422d212d6a2d357c62797521411b2842"); // ①㈱Ⅰ髙﨑〜
const QByteArray kNecIbmSjis = QByteArray::fromHex("8740878a8754eee0ed958160");            // same in CP932
const QByteArray kHalfWidthKana = QByteArray::fromHex("1b2849313233"
                                                      "1b2842"); // ｱｲｳ, ESC ( I

} // namespace

TEST_CASE("Japanese labels, including the Windows ones ICU does not know, reach a working decoder", "[mime][charset]")
{
    for (const char* label : {"ISO-2022-JP", "iso-2022-jp", "CP50220", "cp50221", "CP50222", "ISO-2022-JP-MS",
                              "csISO2022JP", "x-windows-iso2022jp", "\"iso-2022-jp\"", "iso-2022-jp*ja"}) {
        INFO(label);
        const CharsetDecoder::Result result = CharsetDecoder::decode(kNecIbmJis, QByteArray(label));
        CHECK(result.text == QStringLiteral("①㈱Ⅰ髙﨑〜"));
        CHECK(result.outcome == Outcome::Clean);
    }
    for (const char* label : {"Shift_JIS", "shift_jis", "SJIS", "x-sjis", "CP932", "Windows-31J", "MS932"}) {
        INFO(label);
        const CharsetDecoder::Result result = CharsetDecoder::decode(kNecIbmSjis, QByteArray(label));
        CHECK(result.text == QStringLiteral("①㈱Ⅰ髙﨑〜"));
        CHECK(result.outcome == Outcome::Clean);
    }
    CHECK(CharsetDecoder::decode(QByteArray::fromHex("a1c1a4a2ada1"), "x-euc-jp").text == QStringLiteral("〜あ①"));
    CHECK(CharsetDecoder::decoderName("no-such-charset").isEmpty());
}

TEST_CASE("Half-width kana survive in ISO-2022-JP, as ESC ( I and as SO/SI", "[mime][charset]")
{
    CHECK(CharsetDecoder::decode(kHalfWidthKana, "iso-2022-jp").text == QStringLiteral("ｱｲｳ"));
    const QByteArray shifted = QByteArray("kana: \x0e"
                                          "123\x0f end");
    CHECK(CharsetDecoder::decode(shifted, "CP50222").text == QStringLiteral("kana: ｱｲｳ end"));
}

TEST_CASE("The wave dash reads as 〜 from Japanese charsets, UTF-8 keeps the sender's character", "[mime][charset]")
{
    // JIS 0x2141, Shift_JIS 0x8160, EUC-JP 0xA1C1: ICU gives U+FF5E, readers expect U+301C.
    CHECK(CharsetDecoder::decode(QByteArray::fromHex("1b244221411b2842"), "iso-2022-jp").text ==
          QString(QChar(0x301C)));
    CHECK(CharsetDecoder::decode(QByteArray::fromHex("8160"), "shift_jis").text == QString(QChar(0x301C)));
    CHECK(CharsetDecoder::decode(QByteArray::fromHex("a1c1"), "euc-jp").text == QString(QChar(0x301C)));
    CHECK(CharsetDecoder::decode(QByteArray("\xef\xbd\x9e"), "utf-8").text == QString(QChar(0xFF5E)));
    CHECK(CharsetDecoder::decode(QByteArray("\xe3\x80\x9c"), "utf-8").text == QString(QChar(0x301C)));
}

TEST_CASE("JIS X 0201 Roman reads as ASCII so URLs keep their tilde", "[mime][charset]")
{
    const QByteArray bytes("\x1b(Jhttps://example.org/~room\x1b(B");
    CHECK(CharsetDecoder::decode(bytes, "iso-2022-jp").text == QStringLiteral("https://example.org/~room"));
}

TEST_CASE("ISO-2022-JP that stays in JIS X 0208 across a line break still reads", "[mime][charset]")
{
    // "あ\r\nあ" with a single ESC $ B before the line break and ESC ( B only at the end.
    const QByteArray bytes = QByteArray::fromHex("1b244224220d0a24221b2842");
    CHECK(CharsetDecoder::decode(bytes, "iso-2022-jp").text == QStringLiteral("あ\r\nあ"));
    // Well-formed text is untouched by that repair.
    const QByteArray wellFormed = QByteArray::fromHex("1b244224221b28420d0a24221b2842");
    CHECK(CharsetDecoder::decode(wellFormed, "iso-2022-jp").text == QStringLiteral("あ\r\n$\""));
}

TEST_CASE("Fallback order: ASCII, ISO-2022-JP escapes, declared, UTF-8, Shift_JIS/EUC-JP, windows-1252",
          "[mime][charset]")
{
    SECTION("7-bit text is ASCII whatever the label")
    {
        const auto result = CharsetDecoder::decode("plain text", "x-unknown");
        CHECK(result.text == QStringLiteral("plain text"));
        CHECK(result.outcome == Outcome::Clean);
    }
    SECTION("escape sequences without a label are ISO-2022-JP, noted")
    {
        const auto result = CharsetDecoder::decode(QByteArray::fromHex("1b244224221b2842"), QByteArray());
        CHECK(result.text == QStringLiteral("あ"));
        CHECK(result.outcome == Outcome::Unlabelled);
        CHECK_FALSE(result.note.isEmpty());
    }
    SECTION("escape sequences under a us-ascii label are ISO-2022-JP, the label is wrong")
    {
        const auto result = CharsetDecoder::decode(QByteArray::fromHex("1b244224221b2842"), "us-ascii");
        CHECK(result.text == QStringLiteral("あ"));
        CHECK(result.outcome == Outcome::Mislabelled);
    }
    SECTION("labelled ISO-2022-JP, bytes are UTF-8")
    {
        const auto result = CharsetDecoder::decode(test::utf8("申し込みです"), "iso-2022-jp");
        CHECK(result.text == QStringLiteral("申し込みです"));
        CHECK(result.outcome == Outcome::Mislabelled);
        CHECK(result.note.contains(QStringLiteral("UTF-8")));
    }
    SECTION("labelled ISO-2022-JP, bytes are Shift_JIS")
    {
        const QByteArray sjis = QByteArray::fromHex("905c82b58d9e82dd82c582b7"); // 申し込みです
        const auto result = CharsetDecoder::decode(sjis, "iso-2022-jp");
        CHECK(result.text == QStringLiteral("申し込みです"));
        CHECK(result.outcome == Outcome::Mislabelled);
        CHECK(result.charset == "Shift_JIS");
    }
    SECTION("labelled Shift_JIS, bytes are UTF-8 (form services do this)")
    {
        const auto result = CharsetDecoder::decode(test::utf8("お名前：つばさ"), "Shift_JIS");
        CHECK(result.text == QStringLiteral("お名前：つばさ"));
        CHECK(result.outcome == Outcome::Mislabelled);
    }
    SECTION("labelled ISO-8859-1, bytes are UTF-8")
    {
        const auto result = CharsetDecoder::decode(test::utf8("Renée"), "iso-8859-1");
        CHECK(result.text == QStringLiteral("Renée"));
    }
    SECTION("real Latin-1 stays Latin-1 (read as windows-1252)")
    {
        const auto result = CharsetDecoder::decode(QByteArray("Ren\xe9"
                                                              "e \x80"),
                                                   "iso-8859-1");
        CHECK(result.text == QStringLiteral("Renée €"));
        CHECK(result.outcome == Outcome::Clean);
    }
    SECTION("no label, Shift_JIS bytes")
    {
        const auto result = CharsetDecoder::decode(QByteArray::fromHex("8e5189c182b582bd82a282c582b7"), {});
        CHECK(result.text == QStringLiteral("参加したいです"));
        CHECK(result.charset == "Shift_JIS");
    }
    SECTION("no label, EUC-JP bytes are told from Shift_JIS")
    {
        const QByteArray euc = QByteArray::fromHex("bbb2b2c3a4b7a4bfa4a4a4c7a4b9"); // 参加したいです
        const auto result = CharsetDecoder::decode(euc, {});
        CHECK(result.text == QStringLiteral("参加したいです"));
        CHECK(result.charset == "EUC-JP");
    }
    SECTION("no label, half-width kana only in Shift_JIS (carrier mail)")
    {
        const auto result = CharsetDecoder::decode(QByteArray::fromHex("b1b2b3"), {});
        CHECK(result.text == QStringLiteral("ｱｲｳ"));
    }
    SECTION("bytes nothing fits: windows-1252 keeps every byte")
    {
        const QByteArray bytes("na\xefve caf\xe9"); // Latin-1 without a label: not UTF-8, not Japanese
        const auto result = CharsetDecoder::decode(bytes, {});
        CHECK(result.charset == "windows-1252");
        CHECK(result.text == QStringLiteral("naïve café"));
        CHECK(result.outcome == Outcome::Unlabelled);
    }
    SECTION("UTF-8 with one broken byte is a damaged UTF-8 best guess, not mojibake")
    {
        QByteArray bytes = test::utf8("これは長めの日本語の文章です。最後まで読めるはずです。");
        bytes.insert(9, '\xff');
        const auto result = CharsetDecoder::decode(bytes, "utf-8");
        CHECK(result.outcome == Outcome::Damaged);
        CHECK(result.text.contains(QStringLiteral("最後まで読めるはずです。")));
        CHECK(result.text.count(QChar(0xFFFD)) == 1);
    }
}

} // namespace tsunagu
