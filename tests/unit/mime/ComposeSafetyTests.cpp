// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile or careless input cannot do to an outgoing mail: start a header of its own (a Bcc that copies
// the mail to a stranger), slip a bad address in, or be sent with characters the charset cannot carry.
#include "ComposeTestSupport.h"

#include <catch2/catch.hpp>

namespace tsunagu {

using namespace tsunagu::test;

namespace {

const QByteArrayList kExpectedHeaders = {"Date",
                                         "From",
                                         "To",
                                         "Subject",
                                         "Message-ID",
                                         "MIME-Version",
                                         "X-Tsunagu-Action",
                                         "Content-Type",
                                         "Content-Transfer-Encoding"};

} // namespace

TEST_CASE("CR and LF in a name, the subject or an extra header cannot add a header", "[compose][safety]")
{
    const QString injected = QStringLiteral("A\r\nBcc: stranger@example.org\r\n\r\nfake body");
    for (const bool japanese : {false, true}) {
        OutgoingMail mail = sampleReply();
        mail.from.name = injected;
        mail.to.first().name = QStringLiteral("B\nBcc: stranger@example.org");
        mail.subject = japanese ? QStringLiteral("件名\r\nBcc: stranger@example.org") : injected;
        mail.extraHeaders = {qMakePair(QByteArray("X-Tsunagu-Action"), injected)};
        mail.charset = japanese ? OutgoingMail::Charset::Iso2022Jp : OutgoingMail::Charset::Utf8;
        const ComposedMail composed = composeOrFail(mail);
        checkWireFormat(composed.bytes);

        const MimeMessage parsed = MimeParser::parse(composed.bytes);
        CHECK(headerNames(parsed) == kExpectedHeaders);
        CHECK(parsed.rawHeader("Bcc").isNull());
        REQUIRE(parsed.from.size() == 1);
        CHECK(parsed.from.first().address == mail.from.address);
        CHECK(parsed.from.first().name == QStringLiteral("A Bcc: stranger@example.org fake body"));
        REQUIRE(parsed.to.size() == 1);
        CHECK(parsed.to.first().address == mail.to.first().address);
        CHECK(parsed.header("X-Tsunagu-Action") == QStringLiteral("A Bcc: stranger@example.org  fake body"));
        CHECK(parsed.text == mail.body.trimmed());
        CHECK(composed.warnings.contains(QStringLiteral("control characters removed from the subject")));
        CHECK(composed.warnings.contains(QStringLiteral("control characters removed from a display name")));
        CHECK(composed.warnings.contains(QStringLiteral("control characters removed from an extra header value")));
    }
}

TEST_CASE("Other control characters never reach the output", "[compose][safety]")
{
    OutgoingMail mail = sampleReply();
    mail.subject = QStringLiteral("a\tb") + QChar(0) + QStringLiteral("c\x1B$Bd") + QChar(0x85) + QChar(0x7F) +
                   QStringLiteral("e");
    mail.body = QStringLiteral("line\x0B one\r\nline two\rline three") + QChar(0) + QChar(0xD800);
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK(parsed.subject == QStringLiteral("a bc$Bde"));
    CHECK(parsed.text == QStringLiteral("line one\nline two\nline three\uFFFD"));
    CHECK(composed.warnings.contains(QStringLiteral("control characters removed from the body")));
}

TEST_CASE("A display name with specials is quoted, one that looks encoded is encoded", "[compose][safety]")
{
    OutgoingMail mail = sampleReply();
    mail.from.name = QStringLiteral("Suzuki \"Ichi\" <Admin>, Tokyo\\Osaka");
    mail.to = {MailAddress{QStringLiteral("=?UTF-8?B?5bGx55Sw?="), QStringLiteral("a@example.jp")},
               MailAddress{QStringLiteral("Plain Name"), QStringLiteral("b@example.jp")},
               MailAddress{QStringLiteral("T. Yamada"), QStringLiteral("taro..yamada.@example.jp")}};
    const ComposedMail composed = composeOrFail(mail);
    checkWireFormat(composed.bytes);
    QByteArray unfolded = composed.bytes;
    unfolded.replace("\r\n ", " ");
    CHECK(unfolded.contains("From: \"Suzuki \\\"Ichi\\\" <Admin>, Tokyo\\\\Osaka\" <host@example.org>\r\n"));
    CHECK(unfolded.contains(", Plain Name <b@example.jp>, "));
    CHECK(unfolded.contains(", \"T. Yamada\" <taro..yamada.@example.jp>\r\n"));
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    REQUIRE(parsed.from.size() == 1);
    CHECK(parsed.from.first() == mail.from);
    CHECK(parsed.to == mail.to); // the literal "=?…?=" name is not decoded into 山田
}

TEST_CASE("Bad addresses are refused and named by field, not by address", "[compose][safety]")
{
    const QStringList bad = {QStringLiteral("no-at.example.org"),
                             QStringLiteral("two@@example.org"),
                             QStringLiteral("a@b@example.org"),
                             QStringLiteral("@example.org"),
                             QStringLiteral("local@"),
                             QStringLiteral("with space@example.org"),
                             QStringLiteral("x@example.org>, <stranger@example.org"),
                             QStringLiteral("a,b@example.org"),
                             QStringLiteral("\"quoted\"@example.org"),
                             QStringLiteral("a@example.org\r\nBcc: b@example.org"),
                             QStringLiteral("a@exa mple.org"),
                             QStringLiteral("a@-example.org"),
                             QStringLiteral("a@example..org"),
                             QStringLiteral("山田@example.jp"),
                             QStringLiteral("a@例え.jp")};
    for (const QString& address : bad) {
        INFO(address.toStdString());
        OutgoingMail mail = sampleReply();
        mail.cc = {MailAddress{QStringLiteral("ok"), QStringLiteral("ok@example.org")},
                   MailAddress{QStringLiteral("bad"), address}};
        const ComposeResult result = MimeComposer::compose(mail);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ComposeProblem::BadAddress);
        CHECK(result.error().detail == QStringLiteral("cc[1]"));
    }
    OutgoingMail mail = sampleReply();
    mail.from.address = QStringLiteral("host");
    CHECK(MimeComposer::compose(mail).error().detail == QStringLiteral("from"));
    mail = sampleReply();
    mail.messageIdDomain = QStringLiteral("bad domain");
    CHECK(MimeComposer::compose(mail).error().detail == QStringLiteral("message-id domain"));
    // Surrounding whitespace is only trimmed.
    mail = sampleReply();
    mail.to.first().address = QStringLiteral("  hanako@example.jp ");
    CHECK(MimeParser::parse(composeOrFail(mail).bytes).to.first().address == QStringLiteral("hanako@example.jp"));
}

TEST_CASE("A mail without To or Cc is refused", "[compose][safety]")
{
    OutgoingMail mail = sampleReply();
    mail.to.clear();
    const ComposeResult result = MimeComposer::compose(mail);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ComposeProblem::NoRecipient);
    mail.cc = {MailAddress{QString(), QStringLiteral("cc@example.org")}};
    CHECK(MimeComposer::compose(mail).ok());
}

TEST_CASE("Extra header names must be ftext and not a header the composer writes", "[compose][safety]")
{
    const QByteArrayList bad = {"",
                                "X Action",
                                "X-Action:",
                                "X-\xE3\x81\x82",
                                "Bcc",
                                "bcc",
                                "To",
                                "Content-Type",
                                "content-transfer-encoding",
                                "Message-ID",
                                "Resent-To",
                                "Sender",
                                "X-A\r\nBcc",
                                QByteArray(77, 'X')};
    for (const QByteArray& name : bad) {
        INFO(name.toStdString());
        OutgoingMail mail = sampleReply();
        mail.extraHeaders = {qMakePair(name, QStringLiteral("value"))};
        const ComposeResult result = MimeComposer::compose(mail);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ComposeProblem::BadHeaderName);
        CHECK_FALSE(result.error().detail.contains(QLatin1Char('\r')));
    }
    OutgoingMail mail = sampleReply();
    mail.extraHeaders = {qMakePair(QByteArray("X-Tsunagu-Action"), QStringLiteral("invite")),
                         qMakePair(QByteArray("X-Tsunagu-Note"), QStringLiteral("参加者へのご案内"))};
    const ComposedMail composed = composeOrFail(mail);
    CHECK(composed.bytes.contains("\r\nX-Tsunagu-Action: invite\r\n"));
    const MimeMessage parsed = MimeParser::parse(composed.bytes);
    CHECK(parsed.header("X-Tsunagu-Action") == QStringLiteral("invite"));
    CHECK(parsed.header("X-Tsunagu-Note") == QStringLiteral("参加者へのご案内"));
}

TEST_CASE("Characters ISO-2022-JP cannot carry are refused and listed", "[compose][iso2022jp]")
{
    OutgoingMail mail = sampleReply();
    mail.charset = OutgoingMail::Charset::Iso2022Jp;
    mail.subject = QStringLiteral("お知らせ 😀");
    mail.body = QStringLiteral("髙橋様（IBM拡張の髙）\nCafé ☺ 😀\n");
    mail.to.first().name = QStringLiteral("Zoë");
    const ComposeResult result = MimeComposer::compose(mail);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ComposeProblem::UnencodableCharacter);
    CHECK(result.error().detail == QStringLiteral("ë (U+00EB), 😀 (U+1F600), 髙 (U+9AD9), é (U+00E9), ☺ (U+263A)"));

    // The same mail in UTF-8 (what the UI offers instead) goes out and reads back.
    mail.charset = OutgoingMail::Charset::Utf8;
    const MimeMessage parsed = MimeParser::parse(composeOrFail(mail).bytes);
    CHECK(parsed.subject == mail.subject);
    CHECK(parsed.text == mail.body.trimmed());
    CHECK(parsed.to.first().name == QStringLiteral("Zoë"));
}

TEST_CASE("Bcc recipients never appear: OutgoingMail has no place for them in headers", "[compose][safety]")
{
    OutgoingMail mail = sampleReply();
    mail.cc = {MailAddress{QStringLiteral("Staff"), QStringLiteral("staff@example.org")}};
    const MimeMessage parsed = MimeParser::parse(composeOrFail(mail).bytes);
    CHECK_FALSE(headerNames(parsed).contains("Bcc"));
    CHECK(parsed.cc.size() == 1);
}

} // namespace tsunagu
