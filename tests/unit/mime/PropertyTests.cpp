// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes in: parse returns, in bounded time, with output bounded by the input. Random bytes, mutations of
// the corpus, and the hostile shapes real mail can take (100k encoded-words, a 1 MB header line, 10k nested
// boundaries) plus a few more aimed at each scanner.
#include "MimeTestSupport.h"

#include "mail/mime/MimeParser.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace tsunagu {

namespace {

// Characters held by a parsed message: what it costs in memory beyond the raw bytes the caller already has.
qint64 outputChars(const MimeMessage& message)
{
    qint64 total = message.subject.size() + message.text.size() + message.html.size() + message.messageId.size() +
                   message.inReplyTo.size();
    for (const QString& reference : message.references)
        total += reference.size();
    for (const auto& field : message.rawHeaders)
        total += field.first.size() + field.second.size();
    for (const QVector<MailAddress>* list : {&message.from, &message.to, &message.cc, &message.replyTo}) {
        for (const MailAddress& address : *list)
            total += address.name.size() + address.address.size() + 16;
    }
    for (const MailAttachment& attachment : message.attachments)
        total += attachment.fileName.size() + attachment.contentType.size() + 16;
    for (const DecodingNote& note : message.notes)
        total += note.where.size() + note.what.size();
    return total;
}

// Parses, and checks the two properties: bounded output and (generously) bounded time. The time bound is far
// above a linear parse in a debug build and far below what a quadratic one needs on these sizes.
void checkBounded(const QByteArray& input, const MimeParser::Options& options = MimeParser::Options())
{
    QElapsedTimer timer;
    timer.start();
    const MimeMessage message = MimeParser::parse(input, options);
    const qint64 elapsed = timer.elapsed();
    INFO("input bytes: " << input.size() << ", ms: " << elapsed);
    CHECK(message.size == input.size());
    CHECK(outputChars(message) <= 4 * qint64(input.size()) + 65536);
    CHECK(message.notes.size() <= 41);
    CHECK(elapsed < 30000);
}

QByteArray mutate(QByteArray bytes, QRandomGenerator& random)
{
    const int edits = 1 + int(random.bounded(10));
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const int at = int(random.bounded(bytes.size()));
        switch (random.bounded(5)) {
        case 0:
            bytes[at] = char(random.bounded(256));
            break;
        case 1:
            bytes.truncate(at);
            break;
        case 2:
            bytes.insert(at, bytes.mid(at, int(random.bounded(200))));
            break;
        case 3:
            bytes.remove(at, int(random.bounded(40)));
            break;
        default: {
            static const char* const tokens[] = {"\r\n--",   "=?",    "?=", "\x1b$B",    "<",
                                                 ">",        "\"",    "(",  ";",         "*0*=",
                                                 "\r\n\r\n", "=\r\n", "&#", "boundary=", "Content-Type: multipart/"};
            bytes.insert(at, tokens[random.bounded(int(sizeof(tokens) / sizeof(tokens[0])))]);
            break;
        }
        }
    }
    return bytes;
}

QByteArray repeated(const QByteArray& piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

TEST_CASE("Random bytes never crash the parser and give bounded output", "[mime][property]")
{
    QRandomGenerator random(20240305); // fixed seed: a failure can be replayed
    for (int i = 0; i < 1500; ++i) {
        QByteArray bytes(int(random.bounded(4096)), Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random.bounded(256));
        if (i % 3 == 0)
            bytes.prepend("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n");
        checkBounded(bytes);
    }
}

TEST_CASE("Mutations of the corpus never crash the parser and give bounded output", "[mime][property]")
{
    const QDir dir(test::mailCorpusDir());
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    QRandomGenerator random(7);
    for (const QString& file : files) {
        const QByteArray original = test::readMailFile(file);
        for (int i = 0; i < 60; ++i)
            checkBounded(mutate(original, random));
    }
}

TEST_CASE("Hostile shapes are parsed in linear time", "[mime][property]")
{
    SECTION("100k encoded-words in one Subject, same charset: one decoded run")
    {
        const QByteArray raw = "Subject: " + repeated("=?UTF-8?B?44GC?= ", 100000) + "\r\n\r\nx";
        checkBounded(raw);
        CHECK(MimeParser::parse(raw).subject == QString(100000, QChar(0x3042)));
    }
    SECTION("100k encoded-words alternating charsets")
    {
        checkBounded("Subject: " + repeated("=?UTF-8?Q?a?= =?ISO-8859-1?Q?=E9?= ", 50000) + "\r\n\r\nx");
    }
    SECTION("100k encoded-words in an address list")
    {
        checkBounded("From: " + repeated("=?UTF-8?B?44GC?= <a@example.org>, ", 100000) + "\r\n\r\nx");
    }
    SECTION("a 1 MB header line of each troublesome character")
    {
        for (const char* piece : {"a", "=?", "=?x?B?", "(", "\"", "<", "\\", "*0*=", ";", "%", "\x1b$B"}) {
            INFO(piece);
            const QByteArray line = repeated(piece, 1000000 / int(qstrlen(piece)));
            for (const char* name : {"Subject", "From", "Content-Type", "Date", "References"})
                checkBounded(QByteArray(name) + ": " + line + "\r\n\r\nbody");
        }
    }
    SECTION("1 MB of folded continuation lines")
    {
        checkBounded("Subject: x" + repeated("\r\n =?UTF-8?B?44GC?=", 60000) + "\r\n\r\nx");
    }
    SECTION("10k nested multiparts, each with its own boundary")
    {
        QByteArray head;
        QByteArray tail;
        for (int i = 0; i < 10000; ++i) {
            const QByteArray boundary = "b" + QByteArray::number(i);
            head += "Content-Type: multipart/mixed; boundary=" + boundary + "\r\n\r\n--" + boundary + "\r\n";
            tail.prepend("\r\n--" + boundary + "--\r\n");
        }
        const QByteArray raw = head + "Content-Type: text/plain\r\n\r\ndeep" + tail;
        checkBounded(raw);
        const MimeMessage message = MimeParser::parse(raw);
        CHECK(message.uncertain()); // depth cap reached
    }
    SECTION("100k sibling parts")
    {
        checkBounded("Content-Type: multipart/mixed; boundary=s\r\n\r\n" + repeated("--s\r\n\r\nx\r\n", 100000));
    }
    SECTION("many lines that almost match the boundary")
    {
        checkBounded("Content-Type: multipart/mixed; boundary=abc\r\n\r\n--abc\r\n\r\n" +
                     repeated("--abcd\r\n--ab\r\n", 100000));
    }
    SECTION("hostile HTML")
    {
        for (const char* piece : {"<", "<a '", "<a \"", "&#", "&#99999999999;", "<script>", "<!--", "<li>",
                                  "<a href=\"http://example.org/\">x</a>", "<p>", "<hr>"}) {
            INFO(piece);
            checkBounded("Content-Type: text/html; charset=utf-8\r\n\r\n" +
                         repeated(piece, 1000000 / int(qstrlen(piece))));
        }
    }
    SECTION("hostile transfer encodings")
    {
        checkBounded("Content-Transfer-Encoding: quoted-printable\r\n\r\n" + repeated("=", 1000000));
        checkBounded("Content-Transfer-Encoding: quoted-printable\r\n\r\n" + repeated("= \t", 300000));
        checkBounded("Content-Transfer-Encoding: base64\r\n\r\n" + repeated("=*", 500000));
        checkBounded("Content-Type: text/plain; format=flowed\r\n\r\n" + repeated(" \n", 500000));
    }
    SECTION("a huge message with the cap on")
    {
        MimeParser::Options options;
        options.maxMessageBytes = 1000000;
        const QByteArray raw = "Subject: big\r\n\r\n" + QByteArray(20 * 1000 * 1000, 'x');
        checkBounded(raw, options);
        const MimeMessage message = MimeParser::parse(raw, options);
        CHECK(message.truncated);
        CHECK(message.text.size() < 1000000);
    }
}

} // namespace tsunagu
