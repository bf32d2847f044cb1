// SPDX-License-Identifier: GPL-3.0-or-later
// Address lists (the names and addresses a host replies to) and Date headers in every form real mail uses.
#include "MimeTestSupport.h"

#include "mail/mime/AddressListParser.h"
#include "mail/mime/MailDate.h"

#include <catch2/catch.hpp>

namespace tsunagu {

namespace {

MailAddress mailbox(const QString& name, const QString& address)
{
    return MailAddress{name, address};
}

QString utc(const QByteArray& date)
{
    const MailDate::Parsed parsed = MailDate::parse(date);
    return parsed.dateTime.isValid() ? parsed.dateTime.toUTC().toString(Qt::ISODate) : QStringLiteral("invalid");
}

} // namespace

TEST_CASE("Address lists: names quoted, encoded, in comments, groups, routes", "[mime][address]")
{
    using L = QVector<MailAddress>;
    CHECK(AddressListParser::parse("sakura@example.jp") == L{mailbox({}, QStringLiteral("sakura@example.jp"))});
    CHECK(AddressListParser::parse("\"Yamada, Taro\" <taro@example.com>, hana@example.jp (Hana)") ==
          L{mailbox(QStringLiteral("Yamada, Taro"), QStringLiteral("taro@example.com")),
            mailbox(QStringLiteral("Hana"), QStringLiteral("hana@example.jp"))});
    CHECK(AddressListParser::parse("=?UTF-8?B?44GV44GP44KJ?= <sakura@example.jp>") ==
          L{mailbox(QStringLiteral("さくら"), QStringLiteral("sakura@example.jp"))});
    // Encoded-word inside quotes, and glued to the angle bracket.
    CHECK(AddressListParser::parse("\"=?UTF-8?B?44GV44GP44KJ?=\"<sakura@example.jp>") ==
          L{mailbox(QStringLiteral("さくら"), QStringLiteral("sakura@example.jp"))});
    // A Q-encoded word holding specials (",", "<") stays one word.
    CHECK(AddressListParser::parse("=?utf-8?q?A=2C_B_=3C?= <ab@example.org>") ==
          L{mailbox(QStringLiteral("A, B <"), QStringLiteral("ab@example.org"))});
    CHECK(AddressListParser::parse("undisclosed-recipients:;").isEmpty());
    CHECK(AddressListParser::parse("Hosts: a@example.org, B <b@example.org>;, c@example.org") ==
          L{mailbox({}, QStringLiteral("a@example.org")), mailbox(QStringLiteral("B"), QStringLiteral("b@example.org")),
            mailbox({}, QStringLiteral("c@example.org"))});
    CHECK(AddressListParser::parse("<@relay.example.com,@b.example.com:user@example.com>") ==
          L{mailbox({}, QStringLiteral("user@example.com"))});
    CHECK(AddressListParser::parse("Name (with (nested) comment) <n@example.org> (trailing)") ==
          L{mailbox(QStringLiteral("Name"), QStringLiteral("n@example.org"))});
    CHECK(AddressListParser::parse("MAILER-DAEMON") == L{mailbox({}, QStringLiteral("MAILER-DAEMON"))});
    CHECK(AddressListParser::parse(" , ,").isEmpty());
    CHECK(AddressListParser::parse("(no recipients)").isEmpty());
    // Colons that cannot start a group (found by the mutation test as an endless loop).
    CHECK(AddressListParser::parse("<a@example.org>:x") ==
          L{mailbox(QStringLiteral(":x"), QStringLiteral("a@example.org"))});
    CHECK(AddressListParser::parse("a@example.org:b") == L{mailbox({}, QStringLiteral("a@example.org:b"))});
}

TEST_CASE("Raw Shift_JIS display names, with 0x5C trail bytes in quotes", "[mime][address]")
{
    // "ソラ表" in Shift_JIS: 83 5C 83 89 95 5C — two of the bytes are "\".
    const QByteArray raw =
        QByteArray("\"") + QByteArray::fromHex("835c8389955c") + "\" <sora@example.jp>, x@example.org";
    QVector<DecodingNote> notes;
    const QVector<MailAddress> list = AddressListParser::parse(raw, &notes, QStringLiteral("from"));
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).name == QStringLiteral("ソラ表"));
    CHECK(list.at(0).address == QStringLiteral("sora@example.jp"));
    CHECK(list.at(1).address == QStringLiteral("x@example.org"));
    CHECK_FALSE(notes.isEmpty());
    // Unquoted raw Shift_JIS name.
    const QByteArray bare = QByteArray::fromHex("8e5189c1") + " <a@example.jp>";
    CHECK(AddressListParser::parse(bare).value(0).name == QStringLiteral("参加"));
}

TEST_CASE("Dates: RFC 5322, obsolete forms, named zones, comments, odd spacing", "[mime][date]")
{
    CHECK(utc("Tue, 05 Mar 2024 19:00:00 +0900") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("Tue,  5 Mar 2024 19:00:00 +0900 (JST)") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("5 Mar 2024 19:00 +0900") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("Tue, 05 Mar 2024 19:00:00 JST") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("Tue, 5 Mar 24 19:00:00 +0900") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("Fri, 5 Mar 99 19:00:00 EST") == QStringLiteral("1999-03-06T00:00:00Z"));
    CHECK(utc("Fri, 5 Mar 102 19:00:00 GMT") == QStringLiteral("2002-03-05T19:00:00Z")); // three-digit year
    CHECK(utc("Tuesday, 05-Mar-2024 19:00:00 GMT") == QStringLiteral("2024-03-05T19:00:00Z"));
    CHECK(utc("Tue Mar  5 19:00:00 2024") == QStringLiteral("2024-03-05T19:00:00Z")); // asctime
    CHECK(utc("  Tue,   05   mar   2024   19:00:00   +09:00  ") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("2024-03-05T19:00:00+09:00") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("2024/03/05 19:00:00 +0900") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("Tue, 05 Mar 2024 07:00:00 PM +0900") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("Tue, 05 Mar 2024 19:00:60 +0900") == QStringLiteral("2024-03-05T10:00:59Z")); // leap second
    CHECK(utc("Tue, 05 Mar 2024 19:00:00 +0900 (東京 (標準時))") == QStringLiteral("2024-03-05T10:00:00Z"));
    CHECK(utc("Tue, 05 September 2024 19:00:00 -0000") == QStringLiteral("2024-09-05T19:00:00Z"));

    const MailDate::Parsed noZone = MailDate::parse("Tue, 05 Mar 2024 19:00:00");
    CHECK(noZone.dateTime.isValid());
    CHECK_FALSE(noZone.zoneKnown);
    CHECK(MailDate::parse("Tue, 05 Mar 2024 19:00:00 +0900").zoneKnown);
    // The offset the sender wrote is kept (the host sees the sender's local time when wanted).
    CHECK(MailDate::parse("Tue, 05 Mar 2024 19:00:00 +0900").dateTime.offsetFromUtc() == 9 * 3600);

    for (const char* bad : {"", "garbage", "31 Feb 2024 10:00 +0000", "Tue, 05 Mar 2024 25:00:00 +0900", "05 Foo 2024",
                            "99999999999999999999 Mar 2024"}) {
        INFO(bad);
        CHECK(utc(bad) == QStringLiteral("invalid"));
    }
}

} // namespace tsunagu
