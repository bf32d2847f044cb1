// SPDX-License-Identifier: GPL-3.0-or-later
// Composed replies read back through our own MimeParser: what the applicant's mailer will show is what the host
// wrote, in UTF-8 and in ISO-2022-JP, with threading headers, dates and attachments intact.
#include "ComposeTestSupport.h"

#include "mail/mime/Rfc2231.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QStringDecoder>

namespace tsunagu {

using namespace tsunagu::test;

TEST_CASE("A Japanese reply in UTF-8 reads back exactly", "[compose][utf8]")
{
    const OutgoingMail mail = sampleReply();
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    CHECK(composed.warnings.isEmpty());

    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    INFO(describeNotes(parsed));
    CHECK_FALSE(parsed.uncertain());
    CHECK(parsed.subject == mail.subject);
    CHECK(parsed.text == mail.body.trimmed());
    REQUIRE(parsed.from.size() == 1);
    CHECK(parsed.from.first() == mail.from);
    REQUIRE(parsed.to.size() == 1);
    CHECK(parsed.to.first() == mail.to.first());
    CHECK(parsed.cc.isEmpty());
    CHECK(parsed.date == mail.date);
    CHECK(parsed.date.offsetFromUtc() == 9 * 3600);
    CHECK(parsed.rawHeader("Date") == "Tue, 01 Dec 2026 19:00:05 +0900");
    CHECK(parsed.rawHeader("MIME-Version") == "1.0");
    // Mostly Japanese: base64, and the subject as UTF-8 B encoded-words.
    CHECK(parsed.rawHeader("Content-Transfer-Encoding") == "base64");
    CHECK(parsed.rawHeader("Content-Type") == "text/plain; charset=UTF-8");
    CHECK(parsed.rawHeader("Subject").startsWith("=?UTF-8?B?"));
}

TEST_CASE("Mostly-ASCII text goes quoted-printable and reads back", "[compose][utf8]")
{
    OutgoingMail mail = sampleReply();
    mail.subject = QStringLiteral("Re: Meeting on Tuesday");
    mail.body = QStringLiteral("Dear Hanako,\n\nThe room opens at 19:00 (JST). 参加 = welcome!\nTrailing space \n"
                               "A line that is quite long and goes on and on, well past the seventy-six characters "
                               "quoted-printable allows on one line, so it needs soft breaks.\n");
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK(parsed.rawHeader("Content-Transfer-Encoding") == "quoted-printable");
    CHECK(parsed.rawHeader("Subject") == "Re: Meeting on Tuesday"); // plain ASCII stays plain
    CHECK(parsed.subject == mail.subject);
    CHECK(parsed.text == mail.body.trimmed());
    CHECK(composed.bytes.contains("Trailing space=20\r\n"));
}

TEST_CASE("Body lines '.' and 'From ' survive both transfer encodings", "[compose][utf8]")
{
    const QString ascii = QStringLiteral("first\n.\nFrom here on\n..two dots\nend");
    const QString japanese = QStringLiteral("一行目\n.\nFrom 東京\n終わり");
    for (const QString& body : {ascii, japanese}) {
        OutgoingMail mail = sampleReply();
        mail.body = body;
        const ComposedMail composed = composeOrFail(mail);
        checkWireFormat(composed.bytes);
        // No line of the encoded mail is "." alone or starts with "From " (SMTP and mbox would change it).
        const QByteArray section = composed.bytes.mid(composed.bytes.indexOf("\r\n\r\n"));
        CHECK_FALSE(section.contains("\r\n.\r\n"));
        CHECK_FALSE(section.contains("\r\nFrom "));
        CHECK_FALSE(section.contains("\r\n."));
        CHECK(MimeParser::parse(composed.bytes).text == body);
    }
}

TEST_CASE("A Japanese reply in ISO-2022-JP reads back with the documented mapping", "[compose][iso2022jp]")
{
    OutgoingMail mail = sampleReply();
    mail.charset = OutgoingMail::Charset::Iso2022Jp;
    mail.subject = QStringLiteral("Re: 12月の会（19:00〜）① ㈱つなぐ Ⅰ ｶﾞｲﾄﾞ");
    mail.body =
        QStringLiteral("山田様\n\n時間は19:00〜20:30です。−1℃ ‖ ¢£¬ ¥100 ①②\n半角ｶﾀｶﾅ、ﾊﾟﾝ、ｳﾞｧ。\nASCII only line\n");
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(headerSection(composed.bytes));
    checkWireFormat(composed.bytes, 998); // 7bit: a body line is as long as the line the host wrote

    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    INFO(describeNotes(parsed));
    CHECK_FALSE(parsed.uncertain());
    CHECK(parsed.rawHeader("Content-Type") == "text/plain; charset=ISO-2022-JP");
    CHECK(parsed.rawHeader("Content-Transfer-Encoding") == "7bit");
    // 〜 is written as JIS 0x2141 (ICU's U+FF5E) and our decoder shows 0x2141 as 〜 again; the other
    // replacements of JapaneseEncoder.cpp stay; half-width katakana come back full-width.
    CHECK(parsed.subject == QStringLiteral("Re: 12月の会（19:00〜）① ㈱つなぐ Ⅰ ガイド"));
    CHECK(parsed.text == QStringLiteral("山田様\n\n時間は19:00〜20:30です。－1℃ ∥ ￠￡￢ ￥100 ①②\n"
                                        "半角カタカナ、パン、ヴァ。\nASCII only line"));
    CHECK(parsed.from.first() == mail.from);
    CHECK(parsed.to.first() == mail.to.first());
    CHECK(composed.warnings.contains(QStringLiteral("characters of the body replaced by their JIS X 0208 forms")));
    CHECK(composed.warnings.contains(QStringLiteral("characters of the subject replaced by their JIS X 0208 forms")));

    // Every encoded-word is a whole ISO-2022-JP string: it starts with its own escape and ends in ASCII.
    const QByteArray subject = parsed.rawHeader("Subject");
    const QByteArrayList words = subject.split(' ');
    CHECK(words.size() > 1);
    for (const QByteArray& word : words) {
        REQUIRE(word.startsWith("=?ISO-2022-JP?B?"));
        REQUIRE(word.endsWith("?="));
        CHECK(word.size() <= 75);
        const QByteArray bytes = QByteArray::fromBase64(word.mid(16, word.size() - 18));
        CHECK(bytes.contains("\x1B$B"));
        CHECK(bytes.lastIndexOf("\x1B$B") < bytes.lastIndexOf("\x1B(B")); // ends in ASCII
        QStringDecoder decoder("ISO-2022-JP");                            // each word alone is whole text
        const QString text = decoder.decode(bytes);
        CHECK_FALSE(decoder.hasError());
        CHECK_FALSE(text.contains(QChar(QChar::ReplacementCharacter)));
    }
    // Every body line ends in ASCII too (RFC 1468 §3).
    const QByteArray body = composed.bytes.mid(composed.bytes.indexOf("\r\n\r\n") + 4);
    for (const QByteArray& line : body.split('\n')) {
        if (line.contains('\x1B'))
            CHECK(line.endsWith("\x1B(B\r"));
    }
}

TEST_CASE("A long subject is folded into lines of at most 78 characters", "[compose][headers]")
{
    OutgoingMail mail = sampleReply();
    mail.subject = QStringLiteral("Re: 【ご案内】オンライン・ミーティング参加申込みの受付完了と当日の入室方法、"
                                  "お願い事項および連絡先についてのお知らせ（必ずお読みください）");
    mail.to.append(MailAddress{QStringLiteral("Ichiro Suzuki, Jr. (Osaka)"), QStringLiteral("ichiro@example.jp")});
    mail.cc = {MailAddress{QStringLiteral("とても長い表示名の方でございまして本当にとても長いのです"),
                           QStringLiteral("long.name@example.org")},
               MailAddress{QString(), QStringLiteral("plain@example.org")}};
    const QString asciiSubject =
        QStringLiteral("Re: A very long plain English subject line that certainly needs to be folded somewhere "
                       "along the way to stay within seventy-eight characters");
    for (const QString& subject : {mail.subject, asciiSubject}) {
        OutgoingMail variant = mail;
        variant.subject = subject;
        const ComposedMail composed = composeOrFail(variant);
        checkWireFormat(composed.bytes);
        CHECK(headerSection(composed.bytes).count("\r\nSubject: ") == 1);
        const MimeMessage parsed = MimeParser::parse(composed.bytes);
        CHECK(parsed.subject == subject);
        CHECK(parsed.to == variant.to);
        CHECK(parsed.cc == variant.cc);
    }
}

TEST_CASE("In-Reply-To and References read back and keep the thread", "[compose][headers]")
{
    OutgoingMail mail = sampleReply();
    mail.inReplyTo = QStringLiteral("<form-20261120-0042@forms.example.org>");
    for (int i = 0; i < 12; ++i)
        mail.references.append(QStringLiteral("<thread-part-%1.abcdefghijklmnop@mail.example.jp>").arg(i));
    mail.references.append(QStringLiteral("form-20261120-0042@forms.example.org")); // brackets are optional
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK(parsed.inReplyTo == QStringLiteral("form-20261120-0042@forms.example.org"));
    REQUIRE(parsed.references.size() == 13);
    CHECK(parsed.references.first() == QStringLiteral("thread-part-0.abcdefghijklmnop@mail.example.jp"));
    CHECK(parsed.references.last() == QStringLiteral("form-20261120-0042@forms.example.org"));
}

TEST_CASE("A broken In-Reply-To is left out with a warning, not sent", "[compose][headers]")
{
    OutgoingMail mail = sampleReply();
    mail.inReplyTo = QStringLiteral("<a b@example.org>");
    mail.references = {QStringLiteral("<ok@example.org>"), QStringLiteral("<bad\r\nBcc: x@example.org>")};
    const ComposedMail composed = composeOrFail(mail);
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK(parsed.rawHeader("In-Reply-To").isNull());
    CHECK(parsed.references == QStringList{QStringLiteral("ok@example.org")});
    CHECK(composed.warnings.contains(QStringLiteral("In-Reply-To is not a message ID; left out")));
    CHECK_FALSE(headerNames(parsed).contains("Bcc"));
}

TEST_CASE("The Message-ID is random hex on the sender's domain", "[compose][headers]")
{
    OutgoingMail mail = sampleReply();
    const ComposedMail seeded = composeOrFail(mail);
    CHECK(seeded.messageId == QStringLiteral("<00112233445566778899aabbccddeeff@example.org>"));
    CHECK(MimeParser::parse(seeded.bytes).messageId == QStringLiteral("00112233445566778899aabbccddeeff@example.org"));

    const ComposeResult first = MimeComposer::compose(mail);
    const ComposeResult second = MimeComposer::compose(mail);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->messageId != second->messageId);
    const QRegularExpression shape(QStringLiteral("^<[0-9a-f]{32}@example\\.org>$"));
    CHECK(shape.match(first->messageId).hasMatch());
    CHECK(MimeParser::parse(first->bytes).messageId == first->messageId.mid(1, first->messageId.size() - 2));

    mail.messageIdDomain = QStringLiteral("tsunagu.example.jp");
    CHECK(composeOrFail(mail).messageId.endsWith(QStringLiteral("@tsunagu.example.jp>")));
}

TEST_CASE("Dates keep their own offset", "[compose][headers]")
{
    OutgoingMail mail = sampleReply();
    mail.date = QDateTime(QDate(2027, 1, 3), QTime(7, 4, 9), QTimeZone(-(3 * 3600 + 30 * 60)));
    const ComposedMail composed = composeOrFail(mail);
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK(parsed.rawHeader("Date") == "Sun, 03 Jan 2027 07:04:09 -0330");
    CHECK(parsed.date == mail.date);

    mail.date = QDateTime();
    const ComposedMail undated = composeOrFail(mail);
    CHECK(MimeParser::parse(undated.bytes).date.isValid());
    CHECK(undated.warnings.contains(QStringLiteral("no date given; the current time was used")));
}

TEST_CASE("An .ics attachment with a Japanese name reads back", "[compose][attachments]")
{
    OutgoingMail mail = sampleReply();
    const QByteArray ics = QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n") +
                           QStringLiteral("SUMMARY:つなぐの会\r\n").toUtf8() + QByteArrayLiteral("END:VCALENDAR\r\n");
    mail.attachments = {
        OutgoingAttachment{QStringLiteral("会場案内.ics"), QStringLiteral("text/calendar; method=PUBLISH"), ics},
        OutgoingAttachment{QStringLiteral("flyer (Dec).pdf"), QStringLiteral("application/pdf"),
                           QByteArray(3000, '\xE2')}};
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    INFO(describeNotes(parsed));
    CHECK_FALSE(parsed.uncertain());
    CHECK(parsed.text == mail.body.trimmed());
    CHECK(parsed.rawHeader("Content-Type").startsWith("multipart/mixed; boundary=\"=_"));
    REQUIRE(parsed.attachments.size() == 2);
    CHECK(parsed.attachments.at(0).fileName == QStringLiteral("会場案内.ics"));
    CHECK(parsed.attachments.at(0).contentType == QStringLiteral("text/calendar"));
    CHECK(parsed.attachments.at(0).size == ics.size());
    CHECK(parsed.attachments.at(1).fileName == QStringLiteral("flyer (Dec).pdf"));
    CHECK(parsed.attachments.at(1).size == 3000);

    // The calendar part keeps method=PUBLISH (Outlook and Gmail want it) and says UTF-8.
    const qsizetype at = composed.bytes.indexOf("Content-Type: text/calendar");
    REQUIRE(at > 0);
    QByteArray field = composed.bytes.mid(at + 14, composed.bytes.indexOf("\r\nContent-", at + 1) - at - 14);
    field.replace("\r\n", "");
    const ParameterizedField type = Rfc2231::parse(field);
    CHECK(type.value == "text/calendar");
    CHECK(type.parameter("method") == QStringLiteral("PUBLISH"));
    CHECK(type.parameter("charset") == QStringLiteral("UTF-8"));
    CHECK(type.parameter("name") == QStringLiteral("会場案内.ics"));
    CHECK(composed.bytes.contains("filename*=UTF-8''%E4%BC%9A%E5%A0%B4%E6%A1%88%E5%86%85.ics"));
}

TEST_CASE("A long Japanese attachment name is continued over lines and reads back", "[compose][attachments]")
{
    OutgoingMail mail = sampleReply();
    mail.charset = OutgoingMail::Charset::Iso2022Jp;
    const QString name = QStringLiteral("2026年12月オンラインミーティング会場案内と参加方法のご説明（改訂版）.ics");
    mail.attachments = {
        OutgoingAttachment{name, QStringLiteral("text/calendar; method=\"PUBLISH\""), "BEGIN:VCALENDAR"}};
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    CHECK(composed.bytes.contains("filename*1*="));
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    REQUIRE(parsed.attachments.size() == 1);
    CHECK(parsed.attachments.first().fileName == name);
}

TEST_CASE("The multipart boundary never occurs inside a part", "[compose][attachments]")
{
    OutgoingMail mail = sampleReply();
    mail.charset = OutgoingMail::Charset::Iso2022Jp;
    // 7bit ISO-2022-JP text is written as typed: put the boundary the seed would give first into the body.
    OutgoingMail probe = mail;
    probe.attachments = {OutgoingAttachment{QStringLiteral("a.txt"), QStringLiteral("text/plain"), "a"}};
    const QByteArray firstBytes = composeOrFail(probe).bytes;
    const qsizetype at = firstBytes.indexOf("boundary=\"") + 10;
    const QByteArray boundary = firstBytes.mid(at, firstBytes.indexOf('"', at) - at);
    REQUIRE(boundary.startsWith("=_"));
    probe.body = QStringLiteral("本文\n--") + QString::fromLatin1(boundary) + QStringLiteral("\n続き");
    const ComposedMail composed = composeOrFail(probe);
    CHECK_FALSE(composed.bytes.contains(QByteArray("boundary=\"" + boundary + '"')));
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK(parsed.text == probe.body);
    REQUIRE(parsed.attachments.size() == 1);
    CHECK(parsed.attachments.first().fileName == QStringLiteral("a.txt"));
}

TEST_CASE("An unreadable attachment content type goes out as application/octet-stream", "[compose][attachments]")
{
    OutgoingMail mail = sampleReply();
    mail.attachments = {
        OutgoingAttachment{QStringLiteral("a.bin"), QStringLiteral("text/calendar\r\nBcc: stranger@example.org"), "x"},
        OutgoingAttachment{QStringLiteral("b.txt"),
                           QStringLiteral("text/plain; ") + QString(200, QLatin1Char('p')) +
                               QStringLiteral("=1; format=\"fixed\"; name=\"other.txt\""),
                           "y"},
        OutgoingAttachment{QStringLiteral("c.bin"), QStringLiteral("application/") + QString(200, QLatin1Char('x')),
                           "z"}};
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK_FALSE(headerNames(parsed).contains("Bcc"));
    CHECK_FALSE(composed.bytes.contains("Bcc"));
    REQUIRE(parsed.attachments.size() == 3);
    CHECK(parsed.attachments.at(0).contentType == QStringLiteral("application/octet-stream"));
    CHECK(parsed.attachments.at(1).contentType == QStringLiteral("text/plain"));
    CHECK(parsed.attachments.at(1).fileName == QStringLiteral("b.txt")); // the caller's name= is not kept
    CHECK(parsed.attachments.at(2).contentType == QStringLiteral("application/octet-stream"));
    CHECK(composed.bytes.contains("Content-Type: text/plain; format=fixed; name=b.txt\r\n"));
    CHECK(composed.warnings ==
          QStringList{QStringLiteral("attachment 0: unreadable content type; sent as application/octet-stream"),
                      QStringLiteral("attachment 1: unreadable content type parameter left out"),
                      QStringLiteral("attachment 2: unreadable content type; sent as application/octet-stream")});
}

} // namespace tsunagu
