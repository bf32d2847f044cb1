// SPDX-License-Identifier: GPL-3.0-or-later
// Hints the host sees beside an applicant before inviting: room fit, minors, blocked addresses, paused rooms.
// Hints only: nothing here rejects anyone.
#include "IntakeTestData.h"

#include "intake/EligibilityHints.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

ApplicantDeclaration declared(Category category, const char* gender = "", const char* age = "")
{
    ApplicantDeclaration d;
    d.category = category;
    d.gender = u8(gender);
    d.age = u8(age);
    return d;
}

QVector<HintKind> kinds(const char* roomCode, const ApplicantDeclaration& declaration, const QStringList& blocked = {})
{
    const Room room = test::intakeRoomByCode(u8(roomCode));
    QVector<HintKind> result;
    for (const EligibilityHint& hint : EligibilityHints::check(&room, declaration, blocked))
        result << hint.kind;
    return result;
}

using Kinds = QVector<HintKind>;

} // namespace

TEST_CASE("A women-only room hints when the declared gender is not female", "[intake][hints]")
{
    CHECK(kinds("DA", declared(Category::Person, "男性")) == Kinds{HintKind::NotFemaleInWomenOnlyRoom});
    CHECK(kinds("DA", declared(Category::Person, "回答しない")) == Kinds{HintKind::NotFemaleInWomenOnlyRoom});
    CHECK(kinds("DA", declared(Category::Person, "女性")).isEmpty());
    CHECK(kinds("DA", declared(Category::Person, "性自認が女性")).isEmpty());
    CHECK(kinds("DA", declared(Category::Person, "")).isEmpty()); // not asked: no doubt raised
    CHECK(kinds("D", declared(Category::Person, "男性")).isEmpty());

    const Room da = test::intakeRoomByCode(QStringLiteral("DA"));
    const QVector<EligibilityHint> hints = EligibilityHints::check(&da, declared(Category::Person, "男性"));
    REQUIRE(hints.size() == 1);
    CHECK(hints.first().detail == QLatin1String("room DA is women-only; declared gender reads as male"));
}

TEST_CASE("Family and persons' rooms hint when the applicant writes from the other side", "[intake][hints]")
{
    CHECK(kinds("DF", declared(Category::Person)) == Kinds{HintKind::PersonInFamilyRoom});
    CHECK(kinds("NF", declared(Category::Family)).isEmpty());
    CHECK(kinds("N", declared(Category::Family)) == Kinds{HintKind::FamilyInPersonsRoom});
    CHECK(kinds("DA", declared(Category::Family, "女性")) == Kinds{HintKind::FamilyInPersonsRoom});
    CHECK(kinds("G", declared(Category::Person)).isEmpty());
    CHECK(kinds("G", declared(Category::Unknown)).isEmpty());
    CHECK(kinds("三森", declared(Category::Family)).isEmpty()); // open room
    CHECK(kinds("K", declared(Category::Supporter)) == Kinds{HintKind::SupporterApplicant});
    CHECK(kinds("三森", declared(Category::Supporter)).isEmpty());
}

TEST_CASE("Minors: a clear minor in any room, a possible minor where the room reviews minors", "[intake][hints]")
{
    CHECK(kinds("G", declared(Category::Person, "", "17歳")) == Kinds{HintKind::Minor});
    CHECK(kinds("E", declared(Category::Person, "", "17歳")) == Kinds{HintKind::Minor});
    CHECK(kinds("E", declared(Category::Person, "", "10代")) == Kinds{HintKind::PossiblyMinor});
    CHECK(kinds("G", declared(Category::Person, "", "10代")).isEmpty());
    CHECK(kinds("E", declared(Category::Person, "", "19歳")).isEmpty());
    CHECK(kinds("E", declared(Category::Person, "", "20代")).isEmpty());

    const Room e = test::intakeRoomByCode(QStringLiteral("E"));
    const QVector<EligibilityHint> hints = EligibilityHints::check(&e, declared(Category::Person, "", "未成年"));
    REQUIRE(hints.size() == 1);
    CHECK(hints.first().detail == QLatin1String("room E reviews minors case by case; age under 18"));
}

TEST_CASE("An address the host blocked before is hinted, whole domains too", "[intake][hints]")
{
    ApplicantDeclaration d = declared(Category::Person);
    d.addresses = {QStringLiteral("Troll.Demo@Example.org"), QStringLiteral("troll.demo@example.org")};
    CHECK(kinds("G", d, {QStringLiteral("troll.demo@example.org")}) == Kinds{HintKind::BlockedAddress});
    CHECK(kinds("G", d, {QStringLiteral("@EXAMPLE.ORG")}) == Kinds{HintKind::BlockedAddress});
    CHECK(kinds("G", d, {QStringLiteral("someone.else@example.org")}).isEmpty());
    CHECK(kinds("G", d, {QStringLiteral("@example.jp")}).isEmpty());

    const Room g = test::intakeRoomByCode(QStringLiteral("G"));
    const QVector<EligibilityHint> hints = EligibilityHints::check(&g, d, {QStringLiteral("troll.demo@example.org")});
    REQUIRE(hints.size() == 1);
    CHECK(hints.first().detail == QLatin1String("1 of the mail's addresses blocked before")); // no address in it
}

TEST_CASE("A paused room is hinted", "[intake][hints]")
{
    CHECK(kinds("A", declared(Category::Person)) == Kinds{HintKind::RoomPaused});
    CHECK(kinds("N女", declared(Category::Person, "男性")) ==
          Kinds{HintKind::RoomPaused, HintKind::NotFemaleInWomenOnlyRoom});
}

TEST_CASE("Without a room only what holds everywhere is hinted", "[intake][hints]")
{
    ApplicantDeclaration d = declared(Category::Family, "男性", "16歳");
    d.addresses = {QStringLiteral("kai.demo@example.jp")};
    QVector<HintKind> result;
    for (const EligibilityHint& hint : EligibilityHints::check(nullptr, d, {QStringLiteral("kai.demo@example.jp")}))
        result << hint.kind;
    CHECK(result == Kinds{HintKind::Minor, HintKind::BlockedAddress});
}

TEST_CASE("Hint kinds have stable keys", "[intake][hints]")
{
    CHECK(EligibilityHints::kindKey(HintKind::NotFemaleInWomenOnlyRoom) == QLatin1String("women_only_room"));
    CHECK(EligibilityHints::kindKey(HintKind::PersonInFamilyRoom) == QLatin1String("family_room_person"));
    CHECK(EligibilityHints::kindKey(HintKind::Minor) == QLatin1String("minor"));
    CHECK(EligibilityHints::kindKey(HintKind::BlockedAddress) == QLatin1String("blocked"));
    for (HintKind kind : {HintKind::NotFemaleInWomenOnlyRoom, HintKind::PersonInFamilyRoom,
                          HintKind::FamilyInPersonsRoom, HintKind::SupporterApplicant, HintKind::Minor,
                          HintKind::PossiblyMinor, HintKind::BlockedAddress, HintKind::RoomPaused}) {
        bool ok = false;
        CHECK(EligibilityHints::kindFromKey(EligibilityHints::kindKey(kind), &ok) == kind);
        CHECK(ok);
    }
    bool ok = true;
    EligibilityHints::kindFromKey(QStringLiteral("duplicate"), &ok);
    CHECK_FALSE(ok);
}

} // namespace tsunagu
