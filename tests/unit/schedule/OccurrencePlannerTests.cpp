// SPDX-License-Identifier: GPL-3.0-or-later
// The host's changes to single meetings (cancel, move, extra, restore) laid over the rule, each edit one
// transaction with a clear refusal when it makes no sense; the next meetings a reply quotes follow them.
#include "RepositoryFixture.h"

#include "schedule/OccurrencePlanner.h"
#include "schedule/UpcomingMeetings.h"

#include <catch2/catch.hpp>

namespace tsunagu {

using Store = test::RepositoryFixture;
using test::japan;

namespace {

QStringList describe(const QVector<PlannedOccurrence>& list)
{
    QStringList out;
    for (const PlannedOccurrence& p : list) {
        QString line = p.start.toString(QStringLiteral("MM-dd HH:mm"));
        if (p.cancelled)
            line += QStringLiteral(" cancelled");
        if (p.moved)
            line += QStringLiteral(" moved from ") + p.plannedStart.toString(QStringLiteral("MM-dd HH:mm"));
        if (p.extra)
            line += QStringLiteral(" extra");
        out << line;
    }
    return out;
}

MeetingSeries weeklyMonday(Store& store, qint64 roomId)
{
    MeetingSeries s;
    s.roomId = roomId;
    s.title = QStringLiteral("ルームK Zoomミーティング");
    s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
    s.firstStart = japan(2026, 11, 2, 19, 0);
    s.durationMinutes = 120;
    auto id = store.meetings.insertSeries(s);
    REQUIRE(id.ok());
    s.id = id.value();
    return s;
}

} // namespace

TEST_CASE("Cancelling, moving and adding one meeting leave the rest of the series as planned", "[schedule]")
{
    Store store;
    const MeetingSeries k = weeklyMonday(store, store.addRoom(QStringLiteral("K")));
    OccurrencePlanner planner(store.db);
    const QDateTime from = japan(2026, 12, 1, 0, 0);
    const QDateTime to = japan(2027, 1, 1, 0, 0);

    auto plain = planner.forSeries(k, from, to, 100);
    REQUIRE(plain.ok());
    CHECK(describe(plain.value()) == QStringList{QStringLiteral("12-07 19:00"), QStringLiteral("12-14 19:00"),
                                                 QStringLiteral("12-21 19:00"), QStringLiteral("12-28 19:00")});

    REQUIRE(store.meetings.cancelOccurrence(k.id, japan(2026, 12, 28, 19, 0), QStringLiteral("年末のため休み")).ok());
    REQUIRE(store.meetings.moveOccurrence(k.id, japan(2026, 12, 14, 19, 0), japan(2026, 12, 15, 20, 0), {}).ok());
    REQUIRE(store.meetings.addExtraOccurrence(k.id, japan(2026, 12, 10, 19, 0), QStringLiteral("追加")).ok());

    auto changed = planner.forSeries(k, from, to, 100);
    REQUIRE(changed.ok());
    CHECK(describe(changed.value()) == QStringList{QStringLiteral("12-07 19:00"), QStringLiteral("12-10 19:00 extra"),
                                                   QStringLiteral("12-15 20:00 moved from 12-14 19:00"),
                                                   QStringLiteral("12-21 19:00"),
                                                   QStringLiteral("12-28 19:00 cancelled")});
    CHECK(changed->at(4).note == QStringLiteral("年末のため休み"));

    // The next three meetings a reply quotes skip the cancelled one and follow the move.
    FixedClock clock(japan(2026, 12, 8, 12, 0));
    auto next = UpcomingMeetings(store.db, clock).next(k, 4);
    REQUIRE(next.ok());
    QStringList seen;
    for (const QDateTime& start : next.value())
        seen << start.toString(QStringLiteral("MM-dd HH:mm"));
    CHECK(seen == QStringList{QStringLiteral("12-10 19:00"), QStringLiteral("12-15 20:00"),
                              QStringLiteral("12-21 19:00"), QStringLiteral("01-04 19:00")});

    // Restoring puts the meeting back where the rule planned it.
    REQUIRE(store.meetings.restoreOccurrence(k.id, japan(2026, 12, 14, 19, 0)).ok());
    REQUIRE(store.meetings.restoreOccurrence(k.id, japan(2026, 12, 28, 19, 0)).ok());
    auto restored = planner.forSeries(k, from, to, 100);
    REQUIRE(restored.ok());
    CHECK(describe(restored.value()) == QStringList{QStringLiteral("12-07 19:00"), QStringLiteral("12-10 19:00 extra"),
                                                    QStringLiteral("12-14 19:00"), QStringLiteral("12-21 19:00"),
                                                    QStringLiteral("12-28 19:00")});
}

TEST_CASE("An occurrence edited twice, or onto another meeting, is refused and nothing changes", "[schedule]")
{
    Store store;
    const MeetingSeries k = weeklyMonday(store, store.addRoom(QStringLiteral("K")));
    REQUIRE(store.meetings.cancelOccurrence(k.id, japan(2026, 12, 7, 19, 0), {}).ok());

    auto twice = store.meetings.cancelOccurrence(k.id, japan(2026, 12, 7, 19, 0), {});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == StoreError::Conflict);
    auto moveCancelled = store.meetings.moveOccurrence(k.id, japan(2026, 12, 7, 19, 0), japan(2026, 12, 8, 19, 0), {});
    REQUIRE_FALSE(moveCancelled.ok());
    CHECK(moveCancelled.error().code == StoreError::Conflict);
    // Onto the following Monday, which the series already has stored (an attendance row, say).
    store.addOccurrence(k.id, japan(2026, 12, 21, 19, 0));
    auto onto = store.meetings.moveOccurrence(k.id, japan(2026, 12, 14, 19, 0), japan(2026, 12, 21, 19, 0), {});
    REQUIRE_FALSE(onto.ok());
    CHECK(onto.error().code == StoreError::Conflict);
    auto extraOnto = store.meetings.addExtraOccurrence(k.id, japan(2026, 12, 21, 19, 0), {});
    REQUIRE_FALSE(extraOnto.ok());
    CHECK(test::rowCount(store.db, QStringLiteral("occurrences")) == 2);
    auto nothing = store.meetings.restoreOccurrence(k.id, japan(2026, 12, 14, 19, 0));
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().code == StoreError::NotFound);
}

TEST_CASE("A paused series plans nothing until its resume day, its stored meetings stay", "[schedule]")
{
    Store store;
    MeetingSeries k = weeklyMonday(store, store.addRoom(QStringLiteral("K")));
    store.addOccurrence(k.id, japan(2026, 12, 7, 19, 0));
    k.status = SeriesStatus::Paused;
    k.pauseNote = QStringLiteral("ホスト交代のため休止中");
    REQUIRE(store.meetings.updateSeries(k).ok());
    auto reread = store.meetings.series(k.id);
    REQUIRE(reread.ok());
    CHECK(reread->pauseNote == k.pauseNote);
    CHECK(reread->status == SeriesStatus::Paused);

    OccurrencePlanner planner(store.db);
    const QDateTime from = japan(2026, 12, 1, 0, 0);
    auto paused = planner.forSeries(reread.value(), from, from.addDays(40), 100);
    REQUIRE(paused.ok());
    CHECK(describe(paused.value()) == QStringList{QStringLiteral("12-07 19:00")});

    k.resumeOn = QDate(2026, 12, 28);
    REQUIRE(store.meetings.updateSeries(k).ok());
    auto resuming = planner.forSeries(store.meetings.series(k.id).value(), from, from.addDays(40), 100);
    REQUIRE(resuming.ok());
    CHECK(describe(resuming.value()) ==
          QStringList{QStringLiteral("12-07 19:00"), QStringLiteral("12-28 19:00"), QStringLiteral("01-04 19:00")});
}

} // namespace tsunagu
