// SPDX-License-Identifier: GPL-3.0-or-later
// Bodies: transfer encodings, HTML made readable, format=flowed, the MIME tree, the text a host reads and the
// attachments listed, and the caps that keep hostile mail harmless.
#include "MimeTestSupport.h"

#include "mail/mime/FlowedText.h"
#include "mail/mime/HtmlToText.h"
#include "mail/mime/MimeParser.h"
#include "mail/mime/TransferDecoding.h"

#include <catch2/catch.hpp>

namespace tsunagu {

namespace {

QByteArray base64(const QByteArray& bytes)
{
    return TransferDecoding::decodeBase64(bytes.constData(), bytes.size());
}

QByteArray quotedPrintable(const QByteArray& bytes, TransferDecoding::Problems* problems = nullptr)
{
    return TransferDecoding::decodeQuotedPrintable(bytes.constData(), bytes.size(), problems);
}

QByteArray multipart(const QByteArray& type, const QByteArray& boundary, const QList<QByteArray>& parts,
                     bool close = true)
{
    QByteArray out = "Content-Type: " + type + "; boundary=\"" + boundary + "\"\r\n\r\n";
    for (const QByteArray& part : parts)
        out += "--" + boundary + "\r\n" + part + "\r\n";
    if (close)
        out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace

TEST_CASE("Base64 survives garbage, line breaks anywhere and missing padding", "[mime][transfer]")
{
    CHECK(base64("44GC44GE44GG") == test::utf8("あいう"));
    CHECK(base64("44G\r\nC4 4GE*44GG") == test::utf8("あいう"));
    CHECK(base64("SGVsbG8") == "Hello"); // padding missing
    CHECK(base64("SGk=SGk=") == "HiHi"); // separately encoded chunks glued together
    TransferDecoding::Problems problems;
    TransferDecoding::decodeBase64("SG!V$sbG8=", 10, &problems);
    CHECK(problems.garbage == 2);
    CHECK(TransferDecoding::decodedSize(TransferDecoding::Encoding::Base64, "SGk=SGk=", 8) == 4);
}

TEST_CASE("Quoted-printable: soft breaks, lower-case hex, broken escapes kept", "[mime][transfer]")
{
    CHECK(quotedPrintable("a=\r\nb=\nc") == "abc");
    CHECK(quotedPrintable("=e3=81=82") == test::utf8("あ"));
    CHECK(quotedPrintable("soft with space= \r\nnext") == "soft with spacenext");
    TransferDecoding::Problems problems;
    CHECK(quotedPrintable("100% =ZZ and =4", &problems) == "100% =ZZ and =4");
    CHECK(problems.brokenEscapes == 2);
    CHECK(quotedPrintable("trailing   \r\nkept =20\r\n") == "trailing\r\nkept  \r\n");
    CHECK(TransferDecoding::decodeQ("a_b=3F=3f", 9) == "a b??");
}

TEST_CASE("HTML becomes readable text", "[mime][html]")
{
    CHECK(HtmlToText::convert(QStringLiteral("<p>一行目</p><p>二行目<br>三行目</p>")) ==
          QStringLiteral("一行目\n二行目\n三行目"));
    CHECK(HtmlToText::convert(QStringLiteral("<script>var a = '<p>';</script><style>p{}</style>本文")) ==
          QStringLiteral("本文"));
    CHECK(HtmlToText::convert(QStringLiteral("&#12354;&#x3044;&amp;&lt;&gt;&quot;&unknown;&#xZZ;")) ==
          QStringLiteral("あい&<>\"&unknown;&#xZZ;"));
    CHECK(HtmlToText::convert(QStringLiteral("a&nbsp;&nbsp;b   c\n\n d")) == QStringLiteral("a  b c d"));
    CHECK(HtmlToText::convert(QStringLiteral("<ul><li>一</li><li>二</li></ul>")) == QStringLiteral("- 一\n- 二"));
    CHECK(HtmlToText::convert(QStringLiteral("<div>a</div><div></div><div></div><p></p><div>b</div>")) ==
          QStringLiteral("a\nb"));
    CHECK(HtmlToText::convert(QStringLiteral("<p>a</p><br><br><br><br><p>b</p>")) == QStringLiteral("a\n\nb"));
    CHECK(HtmlToText::convert(QStringLiteral("<a href=\"https://example.org/form\">フォーム</a>")) ==
          QStringLiteral("フォーム (https://example.org/form)"));
    CHECK(HtmlToText::convert(QStringLiteral("<img alt='x > y' src=a.png>後")) == QStringLiteral("後"));
    CHECK(HtmlToText::convert(QStringLiteral("1 < 2 and 3 > 2")) == QStringLiteral("1 < 2 and 3 > 2"));
    CHECK(HtmlToText::convert(QStringLiteral("<pre>  keep\n    this</pre>")) == QStringLiteral("  keep\n    this"));
    CHECK(HtmlToText::convert(QStringLiteral("<table><tr><td>名前</td><td>さくら</td></tr></table>")) ==
          QStringLiteral("名前 さくら"));
    CHECK(HtmlToText::metaCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">") ==
          "shift_jis");
}

TEST_CASE("format=flowed lines are joined back, DelSp for Japanese", "[mime][flowed]")
{
    CHECK(FlowedText::unflow(QStringLiteral("一行目が \n続きます。\n次の段落"), true) ==
          QStringLiteral("一行目が続きます。\n次の段落"));
    CHECK(FlowedText::unflow(QStringLiteral("word \nwrap\n"), false) == QStringLiteral("word wrap\n"));
    CHECK(FlowedText::unflow(QStringLiteral("> quoted \n> more\n-- \nsig"), false) ==
          QStringLiteral("> quoted more\n-- \nsig"));
    CHECK(FlowedText::unflow(QStringLiteral(" From stuffed"), false) == QStringLiteral("From stuffed"));
}

TEST_CASE("multipart/alternative: the plain part is the text, the HTML is kept", "[mime][structure]")
{
    const QByteArray raw =
        "Subject: alt\r\n" + multipart("multipart/alternative", "b",
                                       {"Content-Type: text/html; charset=utf-8\r\n\r\n<p>HTML版</p>",
                                        "Content-Type: text/plain; charset=utf-8\r\n\r\nテキスト版"});
    const MimeMessage message = MimeParser::parse(raw);
    CHECK(message.text == QStringLiteral("テキスト版"));
    CHECK_FALSE(message.textFromHtml);
    CHECK(message.html == QStringLiteral("<p>HTML版</p>"));
    CHECK(message.attachments.isEmpty());
    CHECK_FALSE(message.uncertain());
}

TEST_CASE("An empty plain alternative gives way to the HTML", "[mime][structure]")
{
    const QByteArray raw = multipart(
        "multipart/alternative", "b",
        {"Content-Type: text/plain\r\n\r\n \r\n", "Content-Type: text/html; charset=utf-8\r\n\r\n<p>中身</p>"});
    const MimeMessage message = MimeParser::parse(raw);
    CHECK(message.text == QStringLiteral("中身"));
    CHECK(message.textFromHtml);
    CHECK(message.attachments.isEmpty());
}

TEST_CASE("HTML part with its charset only in a meta element", "[mime][structure]")
{
    const QByteArray html =
        "<html><head><meta charset=\"Shift_JIS\"></head><body>" + QByteArray::fromHex("8e5189c1") + "</body></html>";
    const MimeMessage message = MimeParser::parse("Content-Type: text/html\r\n\r\n" + html);
    CHECK(message.text == QStringLiteral("参加"));
    CHECK_FALSE(message.uncertain());
}

TEST_CASE("Attachments are listed with name, type and decoded size, never decoded", "[mime][structure]")
{
    const QByteArray raw =
        multipart("multipart/mixed", "m",
                  {"Content-Type: text/plain; charset=us-ascii\r\n\r\nhello",
                   "Content-Type: application/x-msdownload; name=\"setup.exe\"\r\nContent-Transfer-Encoding: base64"
                   "\r\n\r\nTVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=",
                   "Content-Type: image/jpeg\r\nContent-Disposition: inline; filename=photo.jpg\r\n"
                   "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRg==",
                   "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=memo.txt\r\n"
                   "\r\nメモ"});
    const MimeMessage message = MimeParser::parse(raw);
    CHECK(message.text == QStringLiteral("hello"));
    REQUIRE(message.attachments.size() == 3);
    CHECK(message.attachments.at(0).fileName == QStringLiteral("setup.exe"));
    CHECK(message.attachments.at(0).contentType == QStringLiteral("application/x-msdownload"));
    CHECK(message.attachments.at(0).size == 32);
    CHECK(message.attachments.at(1).fileName == QStringLiteral("photo.jpg"));
    CHECK(message.attachments.at(1).size == 10);
    CHECK(message.attachments.at(2).fileName == QStringLiteral("memo.txt"));
    CHECK(message.attachments.at(2).size == 6);
}

TEST_CASE("An attached mail is listed, its text is not the main text", "[mime][structure]")
{
    const QByteArray inner = "Subject: =?UTF-8?B?5YWD44Gu5Lu25ZCN?=\r\nFrom: a@example.com\r\n\r\n内側の本文\r\n";
    const QByteArray raw = multipart("multipart/mixed", "f", {"Content-Type: message/rfc822\r\n\r\n" + inner});
    const MimeMessage message = MimeParser::parse(raw);
    CHECK(message.text.isEmpty());
    REQUIRE(message.attachments.size() == 1);
    CHECK(message.attachments.at(0).contentType == QStringLiteral("message/rfc822"));
    CHECK(message.attachments.at(0).fileName == QStringLiteral("元の件名"));

    const MimeMessage digest = MimeParser::parse(multipart("multipart/digest", "d", {"\r\n" + inner}));
    REQUIRE(digest.attachments.size() == 1);
    CHECK(digest.attachments.at(0).contentType == QStringLiteral("message/rfc822")); // RFC 2046 §5.1.5
}

TEST_CASE("Malformed structure degrades instead of failing", "[mime][structure]")
{
    SECTION("multipart without a boundary parameter is shown as text")
    {
        const MimeMessage message = MimeParser::parse("Content-Type: multipart/mixed\r\n\r\n本文だけ");
        CHECK(message.text == QStringLiteral("本文だけ"));
        CHECK(message.uncertain());
    }
    SECTION("boundary that never appears is shown as text")
    {
        const MimeMessage message = MimeParser::parse("Content-Type: multipart/mixed; boundary=zz\r\n\r\nhello");
        CHECK(message.text == QStringLiteral("hello"));
        CHECK(message.uncertain());
    }
    SECTION("unreadable Content-Type is text/plain")
    {
        const MimeMessage message = MimeParser::parse("Content-Type: garbage\r\n\r\nhello");
        CHECK(message.text == QStringLiteral("hello"));
        CHECK(message.uncertain());
    }
    SECTION("unknown transfer encoding is read as is, noted")
    {
        const MimeMessage message =
            MimeParser::parse("Content-Type: text/plain\r\nContent-Transfer-Encoding: x-foo\r\n\r\nhello");
        CHECK(message.text == QStringLiteral("hello"));
        CHECK(message.uncertain());
    }
    SECTION("empty input")
    {
        const MimeMessage message = MimeParser::parse(QByteArray());
        CHECK(message.text.isEmpty());
        CHECK(message.size == 0);
    }
}

TEST_CASE("Over the size cap: headers and the first text part only, the rest reported", "[mime][caps]")
{
    const QByteArray big(300000, 'A');
    const QByteArray raw =
        "Subject: =?UTF-8?B?5aSn44GN44Gq44Oh44O844Or?=\r\nFrom: big@example.org\r\n" +
        multipart(
            "multipart/mixed", "cap",
            {"Content-Type: text/plain; charset=utf-8\r\n\r\n最初の本文",
             "Content-Type: application/octet-stream; name=big.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n" + big,
             "Content-Type: text/plain\r\nContent-Disposition: attachment; filename=after-cap.txt\r\n\r\nlate"});
    MimeParser::Options options;
    options.maxMessageBytes = 100000;
    const MimeMessage message = MimeParser::parse(raw, options);
    CHECK(message.truncated);
    CHECK(message.size == raw.size());
    CHECK(message.subject == QStringLiteral("大きなメール"));
    CHECK(message.from.value(0).address == QStringLiteral("big@example.org"));
    CHECK(message.text == QStringLiteral("最初の本文"));
    REQUIRE(message.attachments.size() == 1); // the part cut by the cap; nothing after it was read
    CHECK(message.attachments.at(0).fileName == QStringLiteral("big.bin"));
    CHECK(message.attachments.at(0).size < 100000);
    CHECK(message.uncertain());

    const MimeMessage whole = MimeParser::parse(raw);
    CHECK_FALSE(whole.truncated);
    CHECK(whole.attachments.size() == 2);
}

TEST_CASE("Depth and part caps turn the excess into opaque parts with a reason", "[mime][caps]")
{
    QByteArray nested = "Content-Type: text/plain\r\n\r\n深い本文";
    for (int level = 0; level < 30; ++level)
        nested = multipart("multipart/mixed", "d" + QByteArray::number(level), {nested});
    const MimeMessage deep = MimeParser::parse(nested);
    REQUIRE(deep.attachments.size() == 1);
    CHECK(deep.attachments.at(0).contentType == QStringLiteral("multipart/mixed"));
    CHECK(deep.uncertain());

    MimeParser::Options options;
    options.maxDepth = 40;
    CHECK(MimeParser::parse(nested, options).text == QStringLiteral("深い本文"));

    QList<QByteArray> many;
    for (int i = 0; i < 50; ++i)
        many.append("Content-Type: application/octet-stream\r\n\r\nx");
    options.maxParts = 10;
    const MimeMessage capped = MimeParser::parse(multipart("multipart/mixed", "p", many), options);
    CHECK(capped.attachments.size() == 11); // ten parts and one opaque rest
    CHECK(capped.uncertain());
}

} // namespace tsunagu
