// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP replies from bytes: single and multi-line, enhanced status codes, caps, and garbage.
#include "mail/smtp/SmtpCapabilities.h"
#include "mail/smtp/SmtpReplyReader.h"

#include <catch2/catch.hpp>

#include <random>

using namespace tsunagu;

TEST_CASE("A single-line reply with an enhanced status code", "[smtp][reply]")
{
    const SmtpResult<SmtpReply> reply = SmtpReplyReader::parse("250 2.1.5 Recipient ok\r\n");
    REQUIRE(reply.ok());
    CHECK(reply->code == 250);
    CHECK(reply->enhancedStatus == QStringLiteral("2.1.5"));
    CHECK(reply->lines == QList<QByteArray>{"2.1.5 Recipient ok"});
    CHECK(reply->text() == QStringLiteral("Recipient ok"));
    CHECK(reply->isPositive());
}

TEST_CASE("Enhanced status codes are taken only when well formed and of the reply's class", "[smtp][reply]")
{
    CHECK(SmtpReplyReader::parse("550 5.7.1\r\n")->enhancedStatus == QStringLiteral("5.7.1"));
    CHECK(SmtpReplyReader::parse("552 5.3.4 Message too big\r\n")->enhancedStatus == QStringLiteral("5.3.4"));
    CHECK(SmtpReplyReader::parse("451 4.123.999 x\r\n")->enhancedStatus == QStringLiteral("4.123.999"));
    // Class differs from the reply code, four digits, missing part, glued to the text: not a status code.
    CHECK(SmtpReplyReader::parse("550 2.1.0 odd\r\n")->enhancedStatus.isEmpty());
    CHECK(SmtpReplyReader::parse("550 5.1234.1 odd\r\n")->enhancedStatus.isEmpty());
    CHECK(SmtpReplyReader::parse("550 5.1 odd\r\n")->enhancedStatus.isEmpty());
    CHECK(SmtpReplyReader::parse("550 5.1.1x odd\r\n")->enhancedStatus.isEmpty());
    CHECK(SmtpReplyReader::parse("250 8BITMIME\r\n")->enhancedStatus.isEmpty());
    // Without a status code the text is as sent.
    CHECK(SmtpReplyReader::parse("550 5.1 odd\r\n")->text() == QStringLiteral("5.1 odd"));
}

TEST_CASE("A multi-line reply keeps every line and its capabilities are read", "[smtp][reply]")
{
    const QByteArray bytes = "250-smtp.example.org Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
                             "250-auth=login\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n250-STARTTLS\r\n250 8BITMIME\r\n";
    const SmtpResult<SmtpReply> reply = SmtpReplyReader::parse(bytes);
    REQUIRE(reply.ok());
    CHECK(reply->code == 250);
    CHECK(reply->lines.size() == 7);
    CHECK(reply->text() == QStringLiteral("smtp.example.org Hello / PIPELINING / SIZE 10240000 / auth=login / "
                                          "AUTH PLAIN LOGIN XOAUTH2 / STARTTLS / 8BITMIME"));
    const SmtpCapabilities capabilities = SmtpCapabilities::fromEhlo(reply.value());
    CHECK(capabilities.has("STARTTLS"));
    CHECK(capabilities.has("8bitmime"));
    CHECK(capabilities.has("SIZE"));
    CHECK_FALSE(capabilities.has("SMTPUTF8"));
    CHECK(capabilities.hasAuth("PLAIN"));
    CHECK(capabilities.hasAuth("login"));
    CHECK_FALSE(capabilities.hasAuth("CRAM-MD5"));
    CHECK(capabilities.sizeLimit() == std::optional<qint64>(10240000));
    // The greeting line is not a keyword.
    CHECK_FALSE(capabilities.has("SMTP.EXAMPLE.ORG"));
}

TEST_CASE("SIZE 0 or without a number sets no limit", "[smtp][reply]")
{
    CHECK_FALSE(SmtpCapabilities::fromEhlo(SmtpReplyReader::parse("250-x\r\n250 SIZE 0\r\n").value()).sizeLimit());
    const SmtpCapabilities bare = SmtpCapabilities::fromEhlo(SmtpReplyReader::parse("250-x\r\n250 SIZE\r\n").value());
    CHECK(bare.has("SIZE"));
    CHECK_FALSE(bare.sizeLimit());
}

TEST_CASE("Replies arrive in any pieces and one after another", "[smtp][reply]")
{
    const QByteArray bytes = "220-smtp.example.org ESMTP\r\n220 ready\r\n250 OK\n354 go on\r\n";
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        SmtpReplyReader reader;
        QList<int> codes;
        auto drain = [&] {
            while (const std::optional<SmtpReply> reply = reader.next())
                codes.append(reply->code);
        };
        reader.feed(bytes.left(cut));
        drain();
        reader.feed(bytes.mid(cut));
        drain();
        INFO("cut at " << cut);
        CHECK_FALSE(reader.failed());
        CHECK(codes == QList<int>{220, 250, 354});
        CHECK_FALSE(reader.hasBufferedBytes());
    }
}

TEST_CASE("A reply line of only the code is a complete reply", "[smtp][reply]")
{
    const SmtpResult<SmtpReply> reply = SmtpReplyReader::parse("250\r\n");
    REQUIRE(reply.ok());
    CHECK(reply->code == 250);
    CHECK(reply->text().isEmpty());
}

TEST_CASE("Garbage is a protocol error, never a reply", "[smtp][reply]")
{
    const QList<QByteArray> garbage = {
        "hello\r\n",                   // no code
        "25\r\n",                      // too short
        "2500 x\r\n",                  // four digits
        "250x\r\n",                    // neither space nor hyphen
        "150 old\r\n",                 // 1yz does not exist in SMTP
        "650 x\r\n",                   // nor 6yz
        "260 x\r\n",                   // second digit over 5
        "-250 x\r\n",                  //
        "250-first\r\n251 second\r\n", // codes differ inside one reply
        "250-first\r\nnot a line\r\n", //
        QByteArray("250 a\0b\r\n", 9), // NUL
        "250 ok\r\n250 extra\r\n",     // parse() wants exactly one reply
        "250-unfinished\r\n",          // incomplete
        "",                            //
    };
    for (const QByteArray& bytes : garbage) {
        INFO(bytes.toStdString());
        const SmtpResult<SmtpReply> reply = SmtpReplyReader::parse(bytes);
        REQUIRE_FALSE(reply.ok());
        CHECK(reply.error().code == SmtpErrorCode::Protocol);
        CHECK_FALSE(reply.error().detail.isEmpty());
    }
}

TEST_CASE("Line and line-count caps stop a flooding server", "[smtp][reply]")
{
    SmtpReplyReader::Limits limits;
    limits.maxLineBytes = 64;
    limits.maxLines = 4;
    // An endless line without a line break fails as soon as it passes the cap.
    SmtpReplyReader reader(limits);
    reader.feed("250 " + QByteArray(100, 'a'));
    CHECK_FALSE(reader.next());
    CHECK(reader.failed());
    // More bytes after a failure are not collected.
    reader.feed(QByteArray(1000, 'b'));
    CHECK_FALSE(reader.next());
    CHECK(reader.failed());

    CHECK_FALSE(SmtpReplyReader::parse("250 " + QByteArray(70, 'a') + "\r\n", limits).ok());
    CHECK(SmtpReplyReader::parse("250 " + QByteArray(50, 'a') + "\r\n", limits).ok());
    CHECK(SmtpReplyReader::parse("250-a\r\n250-b\r\n250-c\r\n250 d\r\n", limits).ok());
    CHECK_FALSE(SmtpReplyReader::parse("250-a\r\n250-b\r\n250-c\r\n250-d\r\n250 e\r\n", limits).ok());

    // The defaults: 2048 bytes per line.
    CHECK_FALSE(SmtpReplyReader::parse("250 " + QByteArray(3000, 'a') + "\r\n").ok());

    // reset() forgets the failure (used after STARTTLS).
    reader.reset();
    reader.feed("220 fine\r\n");
    const std::optional<SmtpReply> reply = reader.next();
    REQUIRE(reply);
    CHECK(reply->code == 220);
}

TEST_CASE("Server text is made safe for an error detail", "[smtp][reply]")
{
    const SmtpResult<SmtpReply> reply =
        SmtpReplyReader::parse("550-5.1.1 first\tline\x1b[31m\r\n550 5.1.1 " + QByteArray(600, 'x') + "\r\n");
    REQUIRE(reply.ok());
    const QString text = reply->text();
    CHECK(text.startsWith(QStringLiteral("first?line?[31m / xxx")));
    CHECK(text.size() == 501); // 500 characters and an ellipsis
    CHECK_FALSE(text.contains(QChar(0x1b)));
}

namespace {

// Reply-like bytes: one to three lines of a code (usually valid digits), a separator, some text and a line end,
// any part of which may be wrong, and now and then a byte overwritten with anything.
QByteArray randomReply(std::mt19937& random)
{
    static const char s_textBytes[] = "abcZ09 .-:\t\x1b\xe3\x81\x82";
    auto pick = [&random](const char* from, size_t count) {
        return from[random() % count];
    };
    QByteArray bytes;
    const int lines = 1 + int(random() % 3);
    QByteArray code;
    for (int line = 0; line < lines; ++line) {
        // Usually one code for every line of the reply, as RFC 5321 §4.2.1 wants; sometimes another.
        if (code.isEmpty() || random() % 6 == 0) {
            code.clear();
            for (int digit = 0; digit < 3; ++digit)
                code += random() % 8 == 0 ? char(random() % 256) : char('0' + random() % 7);
        }
        bytes += code;
        const int separator = int(random() % 10);
        bytes += separator < 4 ? "-" : separator < 8 ? " " : separator == 8 ? "" : "x";
        const int textLength = int(random() % 12);
        for (int i = 0; i < textLength; ++i)
            bytes += pick(s_textBytes, sizeof(s_textBytes) - 1);
        const int end = int(random() % 8);
        bytes += end < 5 ? "\r\n" : end < 7 ? "\n" : "\r";
    }
    if (random() % 3 == 0 && !bytes.isEmpty())
        bytes[qsizetype(random() % unsigned(bytes.size()))] = char(random() % 256);
    return bytes;
}

} // namespace

TEST_CASE("Random bytes never crash the reader and give a reply or an error", "[smtp][reply][property]")
{
    // A libFuzzer-free property with a fixed seed, so a failure is reproducible.
    std::mt19937 random(20240605u);
    int replies = 0;
    int errors = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = randomReply(random);
        if (round % 4 == 0) {
            // Now and then plain noise.
            bytes.resize(qsizetype(random() % 48));
            for (char& c : bytes)
                c = char(random() % 256);
        }
        SmtpReplyReader::Limits limits;
        limits.maxLineBytes = 4 + qsizetype(random() % 40);
        limits.maxLines = 1 + int(random() % 4);
        const SmtpResult<SmtpReply> parsed = SmtpReplyReader::parse(bytes, limits);
        if (parsed) {
            ++replies;
            REQUIRE(parsed->code >= 200);
            REQUIRE(parsed->code <= 559);
            REQUIRE_FALSE(parsed->lines.isEmpty());
            REQUIRE(parsed->lines.size() <= limits.maxLines);
            (void)parsed->text();
        } else {
            ++errors;
            REQUIRE(parsed.error().code == SmtpErrorCode::Protocol);
            REQUIRE_FALSE(parsed.error().detail.isEmpty());
        }
        // The same bytes fed in random pieces: whatever comes out is a well-formed reply, and the reader ends
        // failed or waiting for more, never in a loop.
        SmtpReplyReader reader(limits);
        qsizetype position = 0;
        int handedOut = 0;
        while (position < bytes.size()) {
            const qsizetype piece = 1 + qsizetype(random() % 8);
            reader.feed(bytes.mid(position, piece));
            position += piece;
            while (const std::optional<SmtpReply> reply = reader.next()) {
                REQUIRE(reply->code >= 200);
                REQUIRE(reply->code <= 559);
                ++handedOut;
            }
        }
        REQUIRE(handedOut <= bytes.count('\n'));
    }
    // The generator reaches both outcomes, so the loop tests something.
    CHECK(replies > 300);
    CHECK(errors > 1000);
}
