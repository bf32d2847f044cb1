// SPDX-License-Identifier: GPL-3.0-or-later
// The rules rooms and hosts follow, and the choices a reply starts from: who signs, where a referral goes.
#include "domain/RoomRules.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

namespace {

Room room(qint64 id, const QString& code, const QString& theme, Audience audience, RoomStatus status)
{
    Room r;
    r.id = id;
    r.code = code;
    r.name = QStringLiteral("Room ") + code;
    r.theme = theme;
    r.audience = audience;
    r.status = status;
    return r;
}

QStringList codes(const QVector<Room>& rooms)
{
    QStringList list;
    for (const Room& r : rooms)
        list << r.code;
    return list;
}

} // namespace

TEST_CASE("A room's settings are checked before they are saved", "[rules]")
{
    Room r = room(1, QStringLiteral("Q"), QStringLiteral("gaming"), Audience::Persons, RoomStatus::Active);
    CHECK(roomProblems(r, {QStringLiteral("D")}).isEmpty());
    r.applicationFormUrl = QStringLiteral("forms.example.org/q");
    r.receptionAddress = QStringLiteral("room-q");
    r.replyDeadlineDays = 0;
    CHECK(roomProblems(r, {}) == QVector<RoomProblem>{RoomProblem::FormUrlInvalid, RoomProblem::ReceptionInvalid,
                                                      RoomProblem::DeadlineOutOfRange});
    r = room(1, QStringLiteral("d"), QStringLiteral("alcohol"), Audience::Persons, RoomStatus::Active);
    CHECK(roomProblems(r, {QStringLiteral("D")}) == QVector<RoomProblem>{RoomProblem::CodeTaken});
    r.code = QStringLiteral("D A");
    CHECK(roomProblems(r, {}) == QVector<RoomProblem>{RoomProblem::CodeSpaces});
    r.code = QStringLiteral("DA");
    r.minimumMinutes = s_maxMinimumMinutes + 1;
    CHECK(roomProblems(r, {}) == QVector<RoomProblem>{RoomProblem::MinimumMinutesOutOfRange});
    r.minimumMinutes = 0; // everyone who joined counts
    CHECK(roomProblems(r, {}).isEmpty());
}

TEST_CASE("The room's only host signs by default, with several the host chooses", "[rules]")
{
    const Host haru{1, QStringLiteral("ハル"), QString(), {QStringLiteral("D"), QStringLiteral("DA")}};
    const Host minato{2, QStringLiteral("ミナト"), QString(), {QStringLiteral("E"), QStringLiteral("K")}};
    const Host sora{3, QStringLiteral("ソラ"), QString(), {QStringLiteral("E")}};
    CHECK(defaultHostFor({haru, minato}, QStringLiteral("D")) == 1);
    CHECK(defaultHostFor({haru, minato}, QStringLiteral("E")) == 2);
    CHECK(defaultHostFor({haru, minato, sora}, QStringLiteral("E")) == 0);
    CHECK(defaultHostFor({haru, minato}, QStringLiteral("G")) == 0); // nobody serves G: no guess
    CHECK(defaultHostFor({haru}, QStringLiteral("G")) == 1);         // the profile's only host
}

TEST_CASE("A referral offers active rooms that fit the concern first, paused rooms last", "[rules]")
{
    const QVector<Room> rooms = {
        room(1, QStringLiteral("A"), QStringLiteral("eating"), Audience::Persons, RoomStatus::Paused),
        room(2, QStringLiteral("D"), QStringLiteral("alcohol"), Audience::Persons, RoomStatus::Active),
        room(3, QStringLiteral("DF"), QStringLiteral("alcohol"), Audience::Families, RoomStatus::Active),
        room(4, QStringLiteral("E"), QStringLiteral("eating"), Audience::Persons, RoomStatus::Active),
        room(5, QStringLiteral("G"), QStringLiteral("gambling"), Audience::Persons, RoomStatus::Active),
    };
    Applicant eating;
    eating.roomId = 5;
    eating.category = Category::Person;
    eating.concern = QStringLiteral("過食嘔吐がやめられません");
    CHECK(themesOfConcern(eating.concern) == QStringList{QStringLiteral("eating")});
    const QVector<Room> forEating = referralCandidates(rooms, eating);
    REQUIRE(forEating.size() == 4);
    CHECK(forEating.first().code == QStringLiteral("E")); // never paused Room A first
    CHECK(forEating.last().code == QStringLiteral("A"));

    Applicant family;
    family.roomId = 2;
    family.category = Category::Family;
    family.concern = QStringLiteral("夫のお酒");
    CHECK(codes(referralCandidates(rooms, family)).first() == QStringLiteral("DF"));
}
