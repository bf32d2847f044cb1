// SPDX-License-Identifier: GPL-3.0-or-later
// The roster of a meeting: the meeting found on the day (or the next one), cancelled ones passed over, the room's
// active members only.
#include "RepositoryFixture.h"

#include "attendance/MeetingRoster.h"
#include "storage/MemberRepository.h"

#include <catch2/catch.hpp>

namespace tsunagu {

using Store = test::RepositoryFixture;
using test::japan;

TEST_CASE("A roster holds the day's meeting and the room's active members", "[attendance][roster]")
{
    Store store;
    const qint64 roomId = store.addRoom(QStringLiteral("D"));
    const qint64 other = store.addRoom(QStringLiteral("E"), 1);
    // Tuesdays and Fridays at 19:00 from 2026-10-02, 90 minutes, beginner time 30 minutes before.
    const qint64 series = store.addSeries(roomId, QStringLiteral("例会"), 90, 30);
    store.addOccurrence(series, japan(2026, 12, 1, 19), true); // cancelled
    MemberRepository members(store.db);
    const auto add = [&](qint64 room, const QString& name, MemberStatus status) {
        Member m;
        m.roomId = room;
        m.anonymousName = name;
        m.category = Category::Family;
        m.joinedOn = QDate(2026, 1, 1);
        m.status = status;
        REQUIRE(members.insert(m).ok());
    };
    add(roomId, QStringLiteral("ひまわり"), MemberStatus::Active);
    add(roomId, QStringLiteral("こもれび"), MemberStatus::Left);
    add(other, QStringLiteral("しずく"), MemberStatus::Active);
    auto rooms = store.rooms.byCode(QStringLiteral("D"));
    REQUIRE(rooms.ok());
    const MeetingRosterBuilder builder(store.db);

    auto friday = builder.build(rooms.value(), QDate(2026, 12, 4), {});
    REQUIRE(friday.ok());
    CHECK(friday->start == japan(2026, 12, 4, 19));
    CHECK(friday->end == japan(2026, 12, 4, 19).addSecs(90 * 60));
    CHECK(friday->beginnerOffsetMinutes == 30);
    REQUIRE(friday->members.size() == 1);
    CHECK(friday->members.first().anonymousName == QStringLiteral("ひまわり"));
    CHECK(friday->members.first().category == Category::Family);

    // The cancelled Tuesday has no meeting: a roster for the day, without a time.
    auto cancelled = builder.build(rooms.value(), QDate(2026, 12, 1), {});
    REQUIRE(cancelled.ok());
    CHECK_FALSE(cancelled->start.isValid());
    CHECK(cancelled->date == QDate(2026, 12, 1));

    // No day named: the next meeting after now, passing over the cancelled one.
    auto next = builder.build(rooms.value(), {}, japan(2026, 11, 28, 12));
    REQUIRE(next.ok());
    CHECK(next->start == japan(2026, 12, 4, 19));

    auto emptyRoom = store.rooms.byCode(QStringLiteral("E"));
    REQUIRE(emptyRoom.ok());
    auto none = builder.build(emptyRoom.value(), {}, japan(2026, 11, 28, 12));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == RosterError::NoMeeting);
}

} // namespace tsunagu
