// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings: the upcoming list and the attendance totals hosts report come out in the right order with the right sums.
#include "RepositoryFixture.h"

#include <catch2/catch.hpp>

namespace tsunagu {

using Store = test::RepositoryFixture;
using test::japan;
using test::rowCount;
using test::testNow;
using test::wallClock;

TEST_CASE("Upcoming meetings are listed earliest first, up to the limit", "[storage][meetings]")
{
    Store store;
    const qint64 roomE = store.addRoom(QStringLiteral("E"), 0);
    const qint64 roomD = store.addRoom(QStringLiteral("D"), 1);
    const qint64 seriesD = store.addSeries(roomD, QStringLiteral("合同Zoom断酒例会"), 120);
    const qint64 seriesE = store.addSeries(roomE, QStringLiteral("ルームE Zoomミーティング"), 90, 30);

    store.addOccurrence(seriesD, japan(2026, 11, 20, 19, 0));
    store.addOccurrence(seriesD, japan(2026, 11, 27, 19, 0));
    store.addOccurrence(seriesD, japan(2026, 11, 24, 19, 0));
    store.addOccurrence(seriesE, japan(2026, 11, 24, 19, 0));
    store.addOccurrence(seriesE, japan(2026, 11, 25, 20, 0), true, QStringLiteral("祝日のため休み"));
    store.addOccurrence(seriesD, testNow());

    auto rows = store.meetings.upcoming(testNow(), 10);
    REQUIRE(rows.ok());
    QStringList seen;
    for (const OccurrenceRow& row : rows.value())
        seen << row.roomCode + QLatin1Char(' ') + wallClock(row.occurrence.startsAt);
    CHECK(seen == QStringList{QStringLiteral("D 2026-11-22 10:00"), QStringLiteral("E 2026-11-24 19:00"),
                              QStringLiteral("D 2026-11-24 19:00"), QStringLiteral("E 2026-11-25 20:00"),
                              QStringLiteral("D 2026-11-27 19:00")});
    REQUIRE(rows->size() == 5);
    const OccurrenceRow& e = rows->at(1);
    CHECK(e.seriesTitle == QStringLiteral("ルームE Zoomミーティング"));
    CHECK(e.durationMinutes == 90);
    CHECK(e.beginnerOffsetMinutes == 30);
    CHECK(e.occurrence.seriesId == seriesE);
    CHECK_FALSE(e.occurrence.cancelled);
    CHECK_FALSE(e.hasAttendance);
    CHECK(rows->at(3).occurrence.cancelled);
    CHECK(rows->at(3).occurrence.note == QStringLiteral("祝日のため休み"));
    CHECK(rows->at(2).seriesTitle == QStringLiteral("合同Zoom断酒例会"));
    CHECK(rows->at(2).durationMinutes == 120);

    auto limited = store.meetings.upcoming(testNow(), 2);
    REQUIRE(limited.ok());
    REQUIRE(limited->size() == 2);
    CHECK(limited->at(0).occurrence.id == rows->at(0).occurrence.id);
    CHECK(limited->at(1).occurrence.id == rows->at(1).occurrence.id);

    auto series = store.meetings.seriesForRoom(roomE);
    REQUIRE(series.ok());
    REQUIRE(series->size() == 1);
    CHECK(series->at(0).id == seriesE);
    CHECK(series->at(0).title == QStringLiteral("ルームE Zoomミーティング"));
    CHECK(series->at(0).rrule == QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR"));
    CHECK(wallClock(series->at(0).firstStart) == QStringLiteral("2026-10-02 19:00"));
    CHECK(series->at(0).timeZone == QStringLiteral("Asia/Tokyo"));
    CHECK(series->at(0).beginnerOffsetMinutes == 30);
    CHECK(series->at(0).status == SeriesStatus::Active);
}

TEST_CASE("Upcoming meetings start after the same moment whatever zone it is given in", "[storage][meetings]")
{
    // Meeting times are Japan wall-clock times; a PC set to UTC or to Berlin must not see the meetings of the
    // last hours as still to come.
    Store store;
    const qint64 room = store.addRoom(QStringLiteral("G"));
    const qint64 series = store.addSeries(room, QStringLiteral("Room G Zoomミーティング"), 60);
    store.addOccurrence(series, japan(2026, 11, 22, 8, 0));
    store.addOccurrence(series, japan(2026, 11, 22, 9, 30));
    store.addOccurrence(series, japan(2026, 11, 22, 22, 0));

    for (const QDateTime& from : {testNow(), testNow().toUTC(), testNow().toTimeZone(QTimeZone("Europe/Berlin")),
                                  testNow().toTimeZone(QTimeZone("America/Los_Angeles"))}) {
        INFO("from " << from.toString(Qt::ISODate).toStdString());
        auto rows = store.meetings.upcoming(from, 10);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        CHECK(wallClock(rows->at(0).occurrence.startsAt) == QStringLiteral("2026-11-22 22:00"));
    }
}

TEST_CASE("Attendance is summed per room over the meetings held in the period", "[storage][meetings]")
{
    Store store;
    const qint64 roomD = store.addRoom(QStringLiteral("D"), 0);
    const qint64 roomG = store.addRoom(QStringLiteral("G"), 1);
    store.addRoom(QStringLiteral("NG"), 2);
    const qint64 seriesD = store.addSeries(roomD, QStringLiteral("合同Zoom断酒例会"));
    const qint64 seriesG = store.addSeries(roomG, QStringLiteral("Room G Zoomミーティング"), 60);

    auto record = [&](qint64 occurrence, int persons, int families, int supporters, int others, int firstTimers) {
        REQUIRE(
            store.meetings.recordAttendance({occurrence, persons, families, supporters, others, firstTimers}, testNow())
                .ok());
    };
    const qint64 oct6 = store.addOccurrence(seriesD, japan(2026, 10, 6, 19, 0));
    record(oct6, 10, 5, 2, 1, 3);
    record(store.addOccurrence(seriesD, japan(2026, 10, 9, 19, 0)), 8, 4, 0, 0, 1);
    // Cancelled, yet someone typed numbers: not a meeting that was held.
    record(store.addOccurrence(seriesD, japan(2026, 10, 13, 19, 0), true), 100, 0, 0, 0, 0);
    // Held but not recorded yet: not counted as held with zero people.
    store.addOccurrence(seriesD, japan(2026, 10, 16, 19, 0));
    // Outside [1 Oct, 1 Nov).
    record(store.addOccurrence(seriesD, japan(2026, 9, 29, 19, 0)), 50, 0, 0, 0, 0);
    record(store.addOccurrence(seriesD, japan(2026, 11, 1, 0, 0)), 60, 0, 0, 0, 0);
    record(store.addOccurrence(seriesG, japan(2026, 10, 1, 0, 0)), 30, 0, 1, 0, 2);

    const QDateTime from = japan(2026, 10, 1, 0, 0);
    const QDateTime to = japan(2026, 11, 1, 0, 0);
    auto summary = store.meetings.attendanceByRoom(from, to);
    REQUIRE(summary.ok());
    REQUIRE(summary->size() == 2);
    const RoomAttendanceSummary& d = summary->at(0);
    CHECK(d.roomId == roomD);
    CHECK(d.roomCode == QStringLiteral("D"));
    CHECK(d.roomName == QStringLiteral("ルームD"));
    CHECK(d.meetingsHeld == 2);
    CHECK(d.persons == 18);
    CHECK(d.families == 9);
    CHECK(d.supporters == 2);
    CHECK(d.others == 1);
    CHECK(d.firstTimers == 4);
    CHECK(d.total() == 30);
    const RoomAttendanceSummary& g = summary->at(1);
    CHECK(g.roomCode == QStringLiteral("G"));
    CHECK(g.meetingsHeld == 1);
    CHECK(g.persons == 30);
    CHECK(g.supporters == 1);
    CHECK(g.firstTimers == 2);
    CHECK(g.total() == 31);

    // A correction replaces the numbers of that meeting instead of adding to them.
    record(oct6, 12, 5, 2, 1, 3);
    summary = store.meetings.attendanceByRoom(from, to);
    REQUIRE(summary.ok());
    CHECK(summary->at(0).persons == 20);
    CHECK(summary->at(0).meetingsHeld == 2);
    CHECK(rowCount(store.db, QStringLiteral("attendance")) == 6);
}

} // namespace tsunagu
