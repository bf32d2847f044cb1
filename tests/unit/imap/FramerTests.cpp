// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapFramer.h"

#include <catch2/catch.hpp>

#include <QStringList>

using tsunagu::ImapFramer;

namespace {

QList<QByteArray> frameAll(ImapFramer& framer)
{
    QList<QByteArray> frames;
    while (const auto frame = framer.next())
        frames.append(*frame);
    return frames;
}

} // namespace

TEST_CASE("Framer: responses with literals come out whole, however the bytes are chunked", "[imap][framer]")
{
    const QByteArray stream = "* OK hi\r\n* 1 FETCH (BODY[] {12}\r\nab\r\n{3}\r\n\r\nxy BODY[HEADER] {0}\r\n)\r\n"
                              "A1 OK done\r\n+ \r\n";
    const QList<QByteArray> expected = {"* OK hi\r\n",
                                        "* 1 FETCH (BODY[] {12}\r\nab\r\n{3}\r\n\r\nxy BODY[HEADER] {0}\r\n)\r\n",
                                        "A1 OK done\r\n", "+ \r\n"};
    for (int chunk = 1; chunk <= stream.size(); ++chunk) {
        ImapFramer framer;
        QList<QByteArray> frames;
        for (int at = 0; at < stream.size(); at += chunk) {
            framer.feed(stream.mid(at, chunk));
            frames += frameAll(framer);
        }
        INFO("chunk " << chunk);
        CHECK(frames == expected);
        CHECK(framer.bufferedBytes() == 0);
        CHECK_FALSE(framer.failed());
    }
}

TEST_CASE("Framer: caps on literals, lines and responses", "[imap][framer]")
{
    ImapFramer::Limits limits;
    limits.maxLiteralBytes = 10;
    limits.maxLineBytes = 20;
    limits.maxResponseBytes = 40;
    SECTION("a literal over the cap keeps its first bytes, drops the rest, and the stream goes on")
    {
        const QByteArray stream = "* 1 F {25}\r\n0123456789abcdefghijklmno)\r\nA1 OK done\r\n";
        for (int chunk = 1; chunk <= stream.size(); ++chunk) {
            ImapFramer framer(limits);
            QList<QByteArray> frames;
            for (int at = 0; at < stream.size(); at += chunk) {
                framer.feed(stream.mid(at, chunk));
                while (const auto frame = framer.next()) {
                    frames.append(*frame);
                    if (frames.size() == 1)
                        CHECK(framer.lastResponseCut());
                    else
                        CHECK_FALSE(framer.lastResponseCut());
                }
            }
            INFO("chunk " << chunk);
            CHECK_FALSE(framer.failed());
            CHECK(frames == QList<QByteArray>{"* 1 F {10}\r\n0123456789)\r\n", "A1 OK done\r\n"});
            CHECK(framer.droppedBytes() == 15);
        }
    }
    SECTION("a literal size that overflows")
    {
        ImapFramer framer;
        framer.feed("* 1 FETCH (BODY[] {99999999999999999999999}\r\n");
        CHECK_FALSE(framer.next());
        CHECK(framer.failed());
    }
    SECTION("a line without end over the cap fails without waiting for CRLF")
    {
        ImapFramer framer(limits);
        framer.feed(QByteArray(21, 'a'));
        CHECK_FALSE(framer.next());
        CHECK(framer.failed());
    }
    SECTION("many small literals add up to the response cap")
    {
        ImapFramer framer(limits);
        framer.feed("* X {9}\r\n123456789 {9}\r\n123456789 {9}\r\n123456789\r\n");
        CHECK_FALSE(framer.next());
        CHECK(framer.failed());
    }
    SECTION("reset drops everything buffered")
    {
        ImapFramer framer(limits);
        framer.feed("A1 OK go\r\n* BYE injected\r\n* 1 FETCH {5}\r\nab");
        CHECK(framer.next() == QByteArray("A1 OK go\r\n"));
        framer.reset();
        framer.feed("* OK after\r\n");
        CHECK(frameAll(framer) == QList<QByteArray>{"* OK after\r\n"});
    }
    SECTION("a bare LF ends a line")
    {
        ImapFramer framer(limits);
        framer.feed("* OK a\n* OK b\r\n");
        CHECK(frameAll(framer) == QList<QByteArray>{"* OK a\n", "* OK b\r\n"});
    }
}

TEST_CASE("Framer: a server that sends a 60 MB literal costs no more memory than the cap", "[imap][framer]")
{
    // The default cap (25 MB, the most of one mail a sync keeps), fed as a socket delivers: 64 KB at a time.
    ImapFramer framer;
    const qint64 cap = ImapFramer::Limits{}.maxLiteralBytes;
    const qint64 sent = 60 * 1024 * 1024;
    const qint64 chunk = 64 * 1024;
    framer.feed("* 1 FETCH (UID 9 BODY[]<0> {" + QByteArray::number(sent) + "}\r\n");
    const QByteArray piece(int(chunk), 'z');
    int responses = 0;
    for (qint64 at = 0; at < sent; at += chunk) {
        framer.feed(piece);
        while (framer.next())
            ++responses;
    }
    framer.feed(")\r\n* 2 FETCH (UID 10 BODY[]<0> {5}\r\nHello)\r\n");
    const auto first = framer.next();
    REQUIRE(first);
    CHECK(framer.lastResponseCut());
    CHECK(first->size() < cap + 100);
    const QByteArray announced = "* 1 FETCH (UID 9 BODY[]<0> {" + QByteArray::number(cap) + "}\r\nzzz";
    CHECK(first->startsWith(announced));
    const auto second = framer.next();
    REQUIRE(second);
    CHECK_FALSE(framer.lastResponseCut());
    CHECK(*second == "* 2 FETCH (UID 10 BODY[]<0> {5}\r\nHello)\r\n");
    CHECK(responses == 0);
    CHECK(framer.droppedBytes() == sent - cap);
    // Never more than the cap and one chunk held at once.
    CHECK(framer.largestBuffered() <= cap + chunk + 100);
}
