// SPDX-License-Identifier: GPL-3.0-or-later
// Header sections, RFC 2047 encoded-words and RFC 2231 parameters: what a host sees as subject and file names.
#include "MimeTestSupport.h"

#include "mail/mime/EncodedWords.h"
#include "mail/mime/HeaderParser.h"
#include "mail/mime/MimeParser.h"
#include "mail/mime/Rfc2231.h"

#include <catch2/catch.hpp>

namespace tsunagu {

TEST_CASE("Header fields are unfolded and keep their raw 8-bit bytes", "[mime][headers]")
{
    const QByteArray raw = QByteArray("From nobody Mon Mar  4 00:00:00 2024\n"
                                      "Subject: first\r\n line\r\n\tand tab\r\n"
                                      "X-Raw: \x83\x5c\x83\x89\r\n"
                                      "Received : from a\r\n"
                                      "\r\n"
                                      "body\r\n");
    const HeaderParser::Section section = HeaderParser::parse(raw, 0, raw.size(), 100);
    REQUIRE(section.fields.size() == 3);
    CHECK(section.fields.at(0).first == "Subject");
    CHECK(section.fields.at(0).second == "first line\tand tab");
    CHECK(section.fields.at(1).second == QByteArray("\x83\x5c\x83\x89"));
    CHECK(section.fields.at(2).first == "Received");
    CHECK(raw.mid(section.bodyBegin) == "body\r\n");

    const MimeMessage message = MimeParser::parse(raw);
    CHECK(message.subject == QStringLiteral("first line and tab"));
    CHECK(message.rawHeader("x-raw") == QByteArray("\x83\x5c\x83\x89"));
    CHECK(message.header("X-RAW") == QStringLiteral("ソラ"));
    CHECK(message.header("Missing").isNull());
    CHECK(message.text == QStringLiteral("body"));
}

TEST_CASE("A mail without the empty line after its headers still shows its body", "[mime][headers]")
{
    const MimeMessage message = MimeParser::parse("Subject: no blank line\r\nthis line is body\r\nmore\r\n");
    CHECK(message.subject == QStringLiteral("no blank line"));
    CHECK(message.text == QStringLiteral("this line is body\nmore"));
}

TEST_CASE("Encoded-words: B and Q, any case, joined before charset decoding", "[mime][rfc2047]")
{
    CHECK(EncodedWords::decode("=?UTF-8?B?44GC?=") == QStringLiteral("あ"));
    CHECK(EncodedWords::decode("=?utf-8?b?44GC?=") == QStringLiteral("あ"));
    CHECK(EncodedWords::decode("=?utf-8?q?=e3=81=82_x?=") == QStringLiteral("あ x"));
    // RFC 2047 §6.2: whitespace between adjacent encoded-words is dropped, between word and text kept.
    CHECK(EncodedWords::decode("=?UTF-8?Q?a?= \r\n =?UTF-8?Q?b?= c =?UTF-8?Q?d?=") == QStringLiteral("ab c d"));
    // A character split across two words (bytes E3 81 | 82).
    CHECK(EncodedWords::decode("=?UTF-8?B?44E=?= =?UTF-8?B?gg==?=") == QStringLiteral("あ"));
    // Same, ISO-2022-JP with the escape sequence in one word and the character in the next.
    CHECK(EncodedWords::decode("=?ISO-2022-JP?B?GyRC?= =?ISO-2022-JP?B?JCIbKEI=?=") == QStringLiteral("あ"));
    // Different charsets next to each other are decoded separately.
    CHECK(EncodedWords::decode("=?UTF-8?B?44GC?= =?ISO-8859-1?Q?=E9?=") == QStringLiteral("あé"));
    // RFC 2231 §5 language suffix.
    CHECK(EncodedWords::decode("=?US-ASCII*EN?Q?Keith_Moore?=") == QStringLiteral("Keith Moore"));
}

TEST_CASE("Encoded-words are found where real mail puts them", "[mime][rfc2047]")
{
    CHECK(EncodedWords::decode("\"=?UTF-8?B?44GV44GP44KJ?=\"") == QStringLiteral("\"さくら\""));
    CHECK(EncodedWords::decode("Re:=?UTF-8?B?44GC?=x") == QStringLiteral("Re:あx"));
    // Not encoded-words: left exactly as written.
    CHECK(EncodedWords::decode("=?UTF-8?X?abc?=") == QStringLiteral("=?UTF-8?X?abc?="));
    CHECK(EncodedWords::decode("=?UTF-8?B?no end") == QStringLiteral("=?UTF-8?B?no end"));
    CHECK(EncodedWords::decode("a =? b ?= c") == QStringLiteral("a =? b ?= c"));
}

TEST_CASE("Raw 8-bit header text: UTF-8 silently, Shift_JIS guessed and noted", "[mime][rfc2047]")
{
    QVector<DecodingNote> notes;
    CHECK(EncodedWords::decode(test::utf8("生のUTF-8"), &notes, QStringLiteral("subject")) ==
          QStringLiteral("生のUTF-8"));
    CHECK(notes.isEmpty());
    const QByteArray sjis = QByteArray::fromHex("8e5189c182b582bd82a282c582b7");
    CHECK(EncodedWords::decode(sjis, &notes, QStringLiteral("subject")) == QStringLiteral("参加したいです"));
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().where == QStringLiteral("subject"));
}

TEST_CASE("Mislabelled encoded-words are read and noted", "[mime][rfc2047]")
{
    QVector<DecodingNote> notes;
    // Labelled ISO-2022-JP, the bytes are UTF-8.
    CHECK(EncodedWords::decode("=?ISO-2022-JP?B?44GC44GE?=", &notes, QStringLiteral("subject")) ==
          QStringLiteral("あい"));
    CHECK(notes.size() == 1);
}

TEST_CASE("RFC 2231 parameters: continuations, charset and language, mixed sections", "[mime][rfc2231]")
{
    SECTION("one encoded value")
    {
        const ParameterizedField field = Rfc2231::parse("attachment; filename*=UTF-8''%E7%94%B3%E8%BE%BC%E6%9B%B8.pdf");
        CHECK(field.value == "attachment");
        CHECK(field.parameter("filename") == QStringLiteral("申込書.pdf"));
    }
    SECTION("continuations out of order, a character split across sections, plain sections mixed in")
    {
        const ParameterizedField field = Rfc2231::parse("Attachment;\r\n filename*1*=%94%B3%E8%BE%BC;\r\n"
                                                        " filename*0*=utf-8'ja'%E7;\r\n filename*2=\".pdf\"");
        CHECK(field.parameter("filename") == QStringLiteral("申込.pdf"));
    }
    SECTION("plain continuations")
    {
        const ParameterizedField field = Rfc2231::parse("text/plain; name*0=\"long \"; name*1=\"name.txt\"");
        CHECK(field.value == "text/plain");
        CHECK(field.parameter("name") == QStringLiteral("long name.txt"));
    }
    SECTION("RFC 2047 inside quotes, as Outlook and Japanese mailers write it")
    {
        const ParameterizedField field =
            Rfc2231::parse("application/pdf; name=\"=?ISO-2022-JP?B?GyRCO3FOQRsoQg==?=.pdf\"");
        CHECK(field.parameter("name") == QStringLiteral("資料.pdf"));
    }
    SECTION("raw Shift_JIS in quotes, with a 0x5C trail byte before the closing quote")
    {
        const QByteArray raw = QByteArray("attachment; filename=\"") + QByteArray::fromHex("955c") + "\"; size=3";
        const ParameterizedField field = Rfc2231::parse(raw);
        CHECK(field.parameter("filename") == QStringLiteral("表"));
        CHECK(field.parameter("size") == QStringLiteral("3"));
    }
    SECTION("comments, odd spacing, upper case, a value without a name")
    {
        const ParameterizedField field =
            Rfc2231::parse("Text/Plain (comment) ; ; CHARSET = \"ISO-2022-JP\" ; novalue; format=flowed");
        CHECK(field.value == "text/plain");
        CHECK(field.parameter("charset") == QStringLiteral("ISO-2022-JP"));
        CHECK(field.parameter("format") == QStringLiteral("flowed"));
    }
    SECTION("an RFC 2231 value beats the plain one")
    {
        const ParameterizedField field = Rfc2231::parse("attachment; filename=\"fallback.txt\"; "
                                                        "filename*=utf-8''%E3%81%82.txt");
        CHECK(field.parameter("filename") == QStringLiteral("あ.txt"));
    }
}

} // namespace tsunagu
