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
    SECTION("literal over the cap fails before its bytes arrive")
    {
        ImapFramer framer(limits);
        framer.feed("* 1 FETCH (BODY[] {11}\r\n");
        CHECK_FALSE(framer.next());
        CHECK(framer.failed());
        framer.feed("more bytes\r\n");
        CHECK_FALSE(framer.next());
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
