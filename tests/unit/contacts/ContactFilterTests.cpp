// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactFilter.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

namespace {

ContactRow row(const QString& organisation, ContactKind kind, const QString& region, const QString& city)
{
    ContactRow r;
    r.contact.organisation = organisation;
    r.contact.kind = kind;
    r.contact.region = region;
    r.contact.city = city;
    return r;
}

} // namespace

TEST_CASE("the directory filters by kind, region, room, silence, posters and follow-up", "[contacts]")
{
    const QDate today(2026, 12, 5);
    ContactRow clinic = row(QStringLiteral("みどり台クリニック"), ContactKind::Clinic, QStringLiteral("大阪府"),
                            QStringLiteral("大阪市北区"));
    clinic.contact.lastContactOn = QDate(2026, 11, 1);
    clinic.contact.roomIds = {7};
    clinic.postersDelivered = 2;
    ContactRow office = row(QStringLiteral("東保護観察所"), ContactKind::ProbationOffice, QStringLiteral("東京都"),
                            QStringLiteral("新宿区"));
    office.contact.lastContactOn = QDate(2026, 5, 1); // seven months ago
    office.contact.nextFollowUpOn = QDate(2026, 12, 1);
    ContactRow group = row(QStringLiteral("ＧＡ 大阪グループ"), ContactKind::SelfHelpGroup, QStringLiteral("大阪府"),
                           QStringLiteral("堺市"));

    ContactFilter none;
    CHECK(none.isEmpty());
    CHECK(none.matches(clinic, today));

    ContactFilter byKind;
    byKind.kind = ContactKind::ProbationOffice;
    CHECK_FALSE(byKind.matches(clinic, today));
    CHECK(byKind.matches(office, today));

    ContactFilter byRegion;
    byRegion.region = QStringLiteral("大阪");
    CHECK(byRegion.matches(clinic, today));
    CHECK(byRegion.matches(group, today));
    CHECK_FALSE(byRegion.matches(office, today));
    byRegion.region = QStringLiteral("堺市");
    CHECK(byRegion.matches(group, today));
    CHECK_FALSE(byRegion.matches(clinic, today));

    ContactFilter byRoom;
    byRoom.roomId = 7;
    CHECK(byRoom.matches(clinic, today));
    CHECK_FALSE(byRoom.matches(office, today));

    ContactFilter stale;
    stale.staleOnly = true;
    CHECK_FALSE(stale.matches(clinic, today));
    CHECK(stale.matches(office, today));
    CHECK(stale.matches(group, today)); // never contacted counts as silent

    ContactFilter noPoster;
    noPoster.noPosterOnly = true;
    CHECK_FALSE(noPoster.matches(clinic, today));
    CHECK(noPoster.matches(office, today));

    ContactFilter due;
    due.followUpDueOnly = true;
    CHECK(due.matches(office, today));
    CHECK_FALSE(due.matches(clinic, today));

    ContactFilter text;
    text.text = QStringLiteral("ga大阪"); // half-width, lower case, no space
    CHECK(text.matches(group, today));
    CHECK_FALSE(text.matches(clinic, today));
}
