// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP commands from typed parts: addresses that cannot break out, AUTH encodings, dot-stuffing, line ends.
#include "mail/smtp/SmtpEncoder.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace tsunagu;

TEST_CASE("EHLO, MAIL FROM and RCPT TO as they go on the wire", "[smtp][encoder]")
{
    CHECK(SmtpEncoder::ehlo(QStringLiteral("[127.0.0.1]")) == QByteArray("EHLO [127.0.0.1]\r\n"));
    CHECK(SmtpEncoder::ehlo(QStringLiteral("client.example.org")) == QByteArray("EHLO client.example.org\r\n"));
    CHECK(SmtpEncoder::ehlo(QStringLiteral("[IPv6:2001:db8::1]")) == QByteArray("EHLO [IPv6:2001:db8::1]\r\n"));
    CHECK_FALSE(SmtpEncoder::ehlo(QString()));
    CHECK_FALSE(SmtpEncoder::ehlo(QStringLiteral("a b")));
    CHECK_FALSE(SmtpEncoder::ehlo(QStringLiteral("x\r\nRCPT TO:<a@example.org>")));
    CHECK_FALSE(SmtpEncoder::ehlo(QStringLiteral("[not.an.ip]")));
    CHECK_FALSE(SmtpEncoder::ehlo(QStringLiteral("[2001:db8::1]"))); // IPv6 needs its tag (RFC 5321 §4.1.3)
    CHECK_FALSE(SmtpEncoder::ehlo(QStringLiteral("..example.org")));

    const QString from = QStringLiteral("host@example.org");
    CHECK(SmtpEncoder::mailFrom(from, std::nullopt, false) == QByteArray("MAIL FROM:<host@example.org>\r\n"));
    CHECK(SmtpEncoder::mailFrom(from, 1234, false) == QByteArray("MAIL FROM:<host@example.org> SIZE=1234\r\n"));
    CHECK(SmtpEncoder::mailFrom(from, 0, true) == QByteArray("MAIL FROM:<host@example.org> SIZE=0 BODY=8BITMIME\r\n"));
    CHECK(SmtpEncoder::mailFrom(from, std::nullopt, true) ==
          QByteArray("MAIL FROM:<host@example.org> BODY=8BITMIME\r\n"));
    CHECK_FALSE(SmtpEncoder::mailFrom(from, -1, false));
    CHECK(SmtpEncoder::rcptTo(QStringLiteral("guest+room.1@example.jp")) ==
          QByteArray("RCPT TO:<guest+room.1@example.jp>\r\n"));
    CHECK(SmtpEncoder::data() == QByteArray("DATA\r\n"));
    CHECK(SmtpEncoder::quit() == QByteArray("QUIT\r\n"));
    CHECK(SmtpEncoder::startTls() == QByteArray("STARTTLS\r\n"));
}

TEST_CASE("Addresses that could inject a command or break the path are refused", "[smtp][encoder]")
{
    const QStringList bad = {
        QString(),
        QStringLiteral("guest@example.jp\r\nRCPT TO:<other@example.jp>"),
        QStringLiteral("guest@example.jp\n"),
        QStringLiteral("guest@example.jp\r"),
        QStringLiteral("guest@exa\tmple.jp"),
        QStringLiteral("guest@example.jp> SIZE=1"),
        QStringLiteral("<guest@example.jp"),
        QStringLiteral("gu est@example.jp"),
        QStringLiteral("guest@example.jp\x7f"),
        QStringLiteral("guest") + QChar(0) + QStringLiteral("@example.jp"),
        QStringLiteral("ゲスト@example.jp"), // would need SMTPUTF8
        QStringLiteral("guest"),
        QStringLiteral("@example.jp"),
        QStringLiteral("guest@"),
        QStringLiteral("a@") + QString(260, QLatin1Char('b')),
    };
    for (const QString& address : bad) {
        INFO(address.toStdString());
        CHECK_FALSE(SmtpEncoder::isValidAddress(address));
        CHECK_FALSE(SmtpEncoder::rcptTo(address));
        CHECK_FALSE(SmtpEncoder::mailFrom(address, std::nullopt, false));
    }
    CHECK(SmtpEncoder::isValidAddress(QStringLiteral("\"quoted\"@example.org")));
    CHECK(SmtpEncoder::isValidAddress(QStringLiteral("o'brien@example.org")));
}

TEST_CASE("AUTH PLAIN carries NUL user NUL password in base64, AUTH LOGIN each in turn", "[smtp][encoder]")
{
    const std::optional<QByteArray> plain =
        SmtpEncoder::authPlain(QStringLiteral("host@example.org"), QStringLiteral("pässword"));
    REQUIRE(plain);
    REQUIRE(plain->startsWith("AUTH PLAIN "));
    REQUIRE(plain->endsWith("\r\n"));
    const QByteArray decoded = QByteArray::fromBase64(plain->mid(11).trimmed());
    CHECK(decoded == QByteArray("\0host@example.org\0p\xc3\xa4ssword", 27));
    CHECK_FALSE(SmtpEncoder::authPlain(QStringLiteral("host"), QStringLiteral("a") + QChar(0)));
    CHECK_FALSE(SmtpEncoder::authPlain(QChar(0) + QStringLiteral("host"), QStringLiteral("pw")));

    CHECK(SmtpEncoder::authLogin() == QByteArray("AUTH LOGIN\r\n"));
    CHECK(SmtpEncoder::loginResponse(QStringLiteral("host@example.org")) == QByteArray("aG9zdEBleGFtcGxlLm9yZw==\r\n"));
}

TEST_CASE("The message is normalised to CRLF and dot-stuffed", "[smtp][encoder]")
{
    // RFC 5321 §4.5.2: every line starting with "." gets one more, including a line of a lone ".".
    CHECK(SmtpEncoder::dataBody("a\r\n.\r\nb\r\n") == QByteArray("a\r\n..\r\nb\r\n.\r\n"));
    CHECK(SmtpEncoder::dataBody(".hidden\r\n..two\r\nx.y\r\n") == QByteArray("..hidden\r\n...two\r\nx.y\r\n.\r\n"));
    // Bare LF and bare CR become CRLF; a final line break is added.
    CHECK(SmtpEncoder::dataBody("a\nb\rc\r\nd") == QByteArray("a\r\nb\r\nc\r\nd\r\n.\r\n"));
    CHECK(SmtpEncoder::dataBody("a\n.\n") == QByteArray("a\r\n..\r\n.\r\n"));
    CHECK(SmtpEncoder::dataBody("\r\r\n") == QByteArray("\r\n\r\n.\r\n"));
    CHECK(SmtpEncoder::dataBody("\n.") == QByteArray("\r\n..\r\n.\r\n"));
    CHECK(SmtpEncoder::dataBody(".") == QByteArray("..\r\n.\r\n"));
    CHECK(SmtpEncoder::dataBody(QByteArray()) == QByteArray(".\r\n"));
    // The terminator sequence never appears before the end, whatever the input.
    const QByteArray hostile = "x\r\n.\r\nMAIL FROM:<evil@example.org>\r\n.\n\r.\r";
    const QByteArray body = SmtpEncoder::dataBody(hostile);
    CHECK(body.indexOf("\r\n.\r\n") == body.size() - 5);
    CHECK(SmtpEncoder::normaliseLineEnds("a\nb") == QByteArray("a\r\nb\r\n"));
    CHECK(SmtpEncoder::normaliseLineEnds(QByteArray()).isEmpty());
}

TEST_CASE("Eight-bit detection", "[smtp][encoder]")
{
    CHECK_FALSE(SmtpEncoder::needsEightBit("Subject: =?UTF-8?B?44GC?=\r\n\r\nplain\r\n"));
    CHECK(SmtpEncoder::needsEightBit("Subject: \xe3\x81\x82\r\n"));
    CHECK(SmtpEncoder::needsEightBit("\x80"));
}
