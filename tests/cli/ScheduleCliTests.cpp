// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu schedule list / ics on the demo profile: starts as ISO 8601 local times with the offset, the host's
// changes marked, no secrets; the .ics read back by libical.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <libical/ical.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tsunagu;

TEST_CASE("schedule list --json gives a room's next meetings as local times with the offset", "[cli][schedule]")
{
    test::CliProfile profile;
    // A month from now, then the first Tuesday or Friday from there: Room D's joint meeting nights.
    const QDate from = QDate::currentDate().addDays(30);
    QStringList expected;
    for (QDate d = from; expected.size() < 3; d = d.addDays(1)) {
        if (d.dayOfWeek() == Qt::Tuesday || d.dayOfWeek() == Qt::Friday)
            expected << d.toString(Qt::ISODate) + QStringLiteral("T19:00+09:00");
    }
    const test::Run run = profile.run({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--room"),
                                       QStringLiteral("D"), QStringLiteral("--from"), from.toString(Qt::ISODate),
                                       QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(rows.size() == 3);
    QStringList starts;
    for (const QJsonValue& v : rows) {
        starts << v[QStringLiteral("start")].toString();
        CHECK(v[QStringLiteral("room")].toString() == QStringLiteral("D"));
        CHECK(v[QStringLiteral("end")].toString().endsWith(QStringLiteral("T21:00+09:00")));
    }
    CHECK(starts == expected);
    CHECK_FALSE(run.out.contains(QStringLiteral("meet.example.org")));
    CHECK_FALSE(run.out.contains(QStringLiteral("demo-")));

    // Room NF: beginner time 30 minutes before, in the JSON too.
    const test::Run nf =
        profile.run({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--room"), QStringLiteral("NF"),
                     QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(nf.exitCode == 0);
    const QJsonObject first = QJsonDocument::fromJson(nf.out.toUtf8()).array().at(0).toObject();
    CHECK(first[QStringLiteral("beginnerStart")].toString().endsWith(QStringLiteral("T19:30+09:00")));
    CHECK(first[QStringLiteral("start")].toString().endsWith(QStringLiteral("T20:00+09:00")));
}

TEST_CASE("schedule list marks the demo's cancelled and extra meetings and explains bad options", "[cli][schedule]")
{
    test::CliProfile profile;
    const test::Run all = profile.run({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--count"),
                                       QStringLiteral("200"), QStringLiteral("--json")});
    REQUIRE(all.exitCode == 0);
    int cancelled = 0;
    int extra = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(all.out.toUtf8()).array()) {
        cancelled += v[QStringLiteral("cancelled")].toBool() ? 1 : 0;
        extra += v[QStringLiteral("extra")].toBool() ? 1 : 0;
    }
    CHECK(cancelled == 1);
    CHECK(extra == 1);

    const test::Run noRoom = profile.run(
        {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--room"), QStringLiteral("ZZ")});
    CHECK(noRoom.exitCode == 2);
    CHECK(noRoom.err.contains(QStringLiteral("ZZ")));
    const test::Run badDate = profile.run(
        {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("12/01/2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("2026-12-01")));
}

TEST_CASE("schedule ics writes a calendar that libical reads, with Japan's zone and no secrets", "[cli][schedule]")
{
    test::CliProfile profile;
    const QString file = profile.tmp.filePath(QStringLiteral("room-d.ics"));
    const test::Run run = profile.run({QStringLiteral("schedule"), QStringLiteral("ics"), QStringLiteral("--room"),
                                       QStringLiteral("D"), QStringLiteral("--out"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    CHECK(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TU,FR"));
    CHECK(ics.contains("TZID:Asia/Tokyo"));
    CHECK_FALSE(ics.contains("meet.example.org"));
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    REQUIRE(calendar != nullptr);
    CHECK(icalcomponent_count_errors(calendar) == 0);
    CHECK(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT) >= 1);
    icalcomponent_free(calendar);

    // Standard output by default: the same calendar.
    const test::Run out =
        profile.run({QStringLiteral("schedule"), QStringLiteral("ics"), QStringLiteral("--room"), QStringLiteral("D")});
    REQUIRE(out.exitCode == 0);
    CHECK(out.out.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
}
