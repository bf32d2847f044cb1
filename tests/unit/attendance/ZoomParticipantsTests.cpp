// SPDX-License-Identifier: GPL-3.0-or-later
// Every layout of Zoom's participant export gives the same four people: rejoins merged, the host and a two-minute
// visit left out, names without Zoom's "(original name)", addresses nowhere in the result.
#include "attendance/ZoomParticipants.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace tsunagu {
namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(TSUNAGU_ZOOM_DATA "/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ZoomImportOptions options()
{
    ZoomImportOptions o;
    o.minimumMinutes = 5;
    o.hostNames = {QStringLiteral("ホストのはる")};
    return o;
}

QStringList names(const ZoomParticipantList& list)
{
    QStringList out;
    for (const ZoomParticipant& p : list.participants)
        out << p.name + QLatin1Char('=') + QString::number(p.minutes);
    out.sort();
    return out;
}

} // namespace

TEST_CASE("Each Zoom layout is found by its header and read to the same participants", "[attendance][zoom]")
{
    struct Row
    {
        const char* file;
        const char* layout;
        const char* encoding;
        bool hasDate;
    };
    for (const Row& row :
         {Row{"classic.csv", "classic", "UTF-8", true}, Row{"meeting-block.csv", "meeting-block", "UTF-8", true},
          Row{"sentence-case.csv", "sentence-case", "UTF-8", true}, Row{"japanese.csv", "japanese", "Shift_JIS", true},
          Row{"unique-users.csv", "unique-users", "UTF-8", false}}) {
        INFO(row.file);
        auto read = ZoomParticipants::read(fixture(row.file), options());
        INFO(read.error().detail.toStdString());
        REQUIRE(read.ok());
        CHECK(read->layout == QLatin1String(row.layout));
        CHECK(read->encoding == QLatin1String(row.encoding));
        CHECK(names(read.value()) == QStringList{QStringLiteral("さくら=115"), QStringLiteral("すずめ, 家族=110"),
                                                 QStringLiteral("たろう=119"), QStringLiteral("ゆき=110")});
        CHECK(read->participants.size() == 4);
        REQUIRE(read->leftOut.size() == 2);
        int hosts = 0;
        for (const ZoomLeftOut& out : read->leftOut) {
            if (out.reason == ZoomLeftOut::Reason::Host)
                ++hosts;
            else
                CHECK(out.name == QStringLiteral("みどり"));
        }
        CHECK(hosts == 1);
        if (row.hasDate)
            CHECK(read->meetingDate == QDate(2026, 12, 1));
        else
            CHECK_FALSE(read->meetingDate.isValid());
    }
}

TEST_CASE("Rejoins are merged with the first join and the last leave, the meeting block gives the topic",
          "[attendance][zoom]")
{
    auto read = ZoomParticipants::read(fixture("meeting-block.csv"), ZoomImportOptions{});
    REQUIRE(read.ok());
    CHECK(read->topic == QStringLiteral("合同Zoom断酒例会（例）"));
    // The host is known by the meeting's address even without a host name given.
    bool hostLeftOut = false;
    for (const ZoomLeftOut& out : read->leftOut)
        hostLeftOut = hostLeftOut || (out.reason == ZoomLeftOut::Reason::Host && out.name == QStringLiteral("Haru"));
    CHECK(hostLeftOut);
    const ZoomParticipant& sakura = read->participants.first();
    CHECK(sakura.name == QStringLiteral("さくら"));
    CHECK(sakura.joins == 2);
    CHECK(sakura.firstJoin.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) == QStringLiteral("2026-12-01 19:00:15"));
    CHECK(sakura.lastLeave.toString(QStringLiteral("HH:mm")) == QStringLiteral("21:00"));
    CHECK(sakura.guest);
}

TEST_CASE("A higher minimum leaves more people out", "[attendance][zoom]")
{
    ZoomImportOptions o = options();
    o.minimumMinutes = 112;
    auto read = ZoomParticipants::read(fixture("classic.csv"), o);
    REQUIRE(read.ok());
    CHECK(names(read.value()) == QStringList{QStringLiteral("さくら=115"), QStringLiteral("たろう=119")});
}

TEST_CASE("Files that are not participant lists, or have a broken row, are refused with the reason",
          "[attendance][zoom][bad-input]")
{
    auto unrelated = ZoomParticipants::read(fixture("unrelated.csv"), options());
    REQUIRE_FALSE(unrelated.ok());
    CHECK(unrelated.error().code == ZoomCsvError::NotAParticipantList);
    auto bad = ZoomParticipants::read(fixture("bad-row.csv"), options());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ZoomCsvError::BadRow);
    CHECK(bad.error().detail.contains(QStringLiteral("two hours")));
    auto headerOnly = ZoomParticipants::read(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n", options());
    REQUIRE_FALSE(headerOnly.ok());
    CHECK(headerOnly.error().code == ZoomCsvError::NoParticipants);
    auto empty = ZoomParticipants::read(QByteArray(), options());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ZoomCsvError::NotAParticipantList);
}

TEST_CASE("Both of Zoom's time formats are read as Japan time", "[attendance][zoom]")
{
    CHECK(ZoomParticipants::parseTime(QStringLiteral("12/01/2026 07:05:09 PM")).toString(Qt::ISODate) ==
          QStringLiteral("2026-12-01T19:05:09+09:00"));
    CHECK(ZoomParticipants::parseTime(QStringLiteral("12/01/2026 12:05:09 AM")).toString(Qt::ISODate) ==
          QStringLiteral("2026-12-01T00:05:09+09:00"));
    CHECK(ZoomParticipants::parseTime(QStringLiteral("2026/12/01 19:05:09")).toString(Qt::ISODate) ==
          QStringLiteral("2026-12-01T19:05:09+09:00"));
    CHECK_FALSE(ZoomParticipants::parseTime(QStringLiteral("yesterday")).isValid());
}

} // namespace tsunagu
