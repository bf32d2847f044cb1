// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapEncoder.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace tsunagu;

TEST_CASE("Strings become atoms, quoted strings or literals by content", "[imap][encoder]")
{
    using Form = ImapEncoder::StringForm;
    CHECK(ImapEncoder::formFor("host@example.org") == Form::Atom);
    CHECK(ImapEncoder::formFor("two words") == Form::Quoted);
    CHECK(ImapEncoder::formFor("") == Form::Quoted);
    CHECK(ImapEncoder::formFor("NIL") == Form::Quoted);
    CHECK(ImapEncoder::formFor("a]b") == Form::Quoted);
    CHECK(ImapEncoder::formFor("pa\"ss") == Form::Literal);
    CHECK(ImapEncoder::formFor("back\\slash") == Form::Literal);
    CHECK(ImapEncoder::formFor("line\r\nbreak") == Form::Literal);
    CHECK(ImapEncoder::formFor("w\xc3\xb6rd") == Form::Literal);
    CHECK(ImapEncoder::formFor(QByteArray("a\0b", 3)) == Form::Impossible);

    ImapEncoder login("A1", "LOGIN");
    login.astring("me").astring("two words").astring("x\"y");
    const auto synchronising = login.finish(false);
    REQUIRE(synchronising);
    CHECK(synchronising->pieces == QList<QByteArray>{"A1 LOGIN me \"two words\" {3}\r\n", "x\"y\r\n"});
    const auto plus = login.finish(true);
    CHECK(plus->pieces == QList<QByteArray>{"A1 LOGIN me \"two words\" {3+}\r\nx\"y\r\n"});

    ImapEncoder impossible("A2", "LOGIN");
    impossible.astring("me").astring(QByteArray("a\0b", 3));
    CHECK_FALSE(impossible.finish(true));
}

TEST_CASE("Sequence sets from UID lists", "[imap][encoder]")
{
    CHECK(ImapEncoder::sequenceSet({12, 1, 2, 3, 4, 5, 7, 9, 10, 11, 3}) == "1:5,7,9:12");
    CHECK(ImapEncoder::sequenceSet({}) == "");
    CHECK(ImapEncoder::sequenceSet({0, 4}) == "4");
    CHECK(ImapEncoder::sequenceSet({4294967295U, 4294967294U}) == "4294967294:4294967295");
    CHECK(ImapEncoder::sequenceSet({1, 3, 5}) == "1,3,5");
}

TEST_CASE("Mailbox names in modified UTF-7", "[imap][encoder]")
{
    // RFC 3501 §5.1.3 examples
    CHECK(ImapEncoder::encodeMailboxName(QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e")) ==
          "~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    CHECK(ImapEncoder::encodeMailboxName(QStringLiteral("A&B")) == "A&-B");
    CHECK(ImapEncoder::encodeMailboxName(QStringLiteral("受付 2024")) == "&U9dO2A- 2024");
    CHECK(ImapEncoder::encodeMailboxName(QStringLiteral("\U0001F600")) == "&2D3eAA-"); // a surrogate pair
    for (const QString& name : {QStringLiteral("INBOX.受付"), QStringLiteral("&&&"), QStringLiteral("a~b"),
                                QStringLiteral("日本語/メール"), QStringLiteral("\U0001F600x")}) {
        const auto back = ImapEncoder::decodeMailboxName(ImapEncoder::encodeMailboxName(name));
        REQUIRE(back);
        CHECK(*back == name);
    }
    CHECK_FALSE(ImapEncoder::decodeMailboxName("&U,BTFw"));   // unterminated
    CHECK_FALSE(ImapEncoder::decodeMailboxName("&U,B-"));     // not whole UTF-16 units
    CHECK_FALSE(ImapEncoder::decodeMailboxName("a\xc3\xb6")); // 8-bit
    CHECK_FALSE(ImapEncoder::decodeMailboxName("&U/BTFw-"));  // '/' is not modified BASE64

    ImapEncoder examine("A3", "EXAMINE");
    examine.mailbox(QStringLiteral("inbox"));
    CHECK(examine.finish(false)->wire() == "A3 EXAMINE INBOX\r\n");
    ImapEncoder spaced("A4", "EXAMINE");
    spaced.mailbox(QStringLiteral("受付 2024"));
    CHECK(spaced.finish(false)->wire() == "A4 EXAMINE \"&U9dO2A- 2024\"\r\n");
}

TEST_CASE("APPEND pieces: a forced literal and an RFC 3501 date-time", "[imap][encoder]")
{
    CHECK(ImapEncoder::dateTime(QDateTime(QDate(2024, 3, 5), QTime(9, 4, 7), QTimeZone(9 * 3600))) ==
          "\"05-Mar-2024 09:04:07 +0900\"");
    CHECK(ImapEncoder::dateTime(QDateTime(QDate(2026, 12, 1), QTime(23, 59, 59), QTimeZone(-(3 * 3600 + 30 * 60)))) ==
          "\"01-Dec-2026 23:59:59 -0330\"");
    CHECK(ImapEncoder::dateTime(QDateTime(QDate(2025, 1, 31), QTime(0, 0), QTimeZone::utc())) ==
          "\"31-Jan-2025 00:00:00 +0000\"");
    CHECK(ImapEncoder::dateTime(QDateTime()).isEmpty());

    // "atom" would be an atom by content; literal() sends it as a literal anyway.
    ImapEncoder append("A5", "APPEND");
    append.mailbox(QStringLiteral("Sent")).raw("(\\Seen)").literal("atom");
    CHECK(append.finish(false)->pieces == QList<QByteArray>{"A5 APPEND Sent (\\Seen) {4}\r\n", "atom\r\n"});
    CHECK(append.finish(true)->wire() == "A5 APPEND Sent (\\Seen) {4+}\r\natom\r\n");
    ImapEncoder withNul("A6", "APPEND");
    withNul.mailbox(QStringLiteral("Sent")).literal(QByteArray("a\0b", 3));
    CHECK_FALSE(withNul.finish(true));
}
