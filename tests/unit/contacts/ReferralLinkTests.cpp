// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsFixture.h"

#include "contacts/ReferralLinker.h"
#include "contacts/ReferralMatcher.h"

using namespace tsunagu;
using namespace tsunagu::test;

TEST_CASE("a referral source names a contact by its code or its name, only when it names one", "[contacts][referral]")
{
    Contact midori;
    midori.id = 1;
    midori.organisation = QStringLiteral("みどり台メンタルクリニック");
    midori.referralCode = QStringLiteral("MD-01");
    Contact hoken;
    hoken.id = 2;
    hoken.organisation = QStringLiteral("大阪市北保健所");
    Contact hoken2;
    hoken2.id = 3;
    hoken2.organisation = QStringLiteral("大阪市南保健所");
    Contact shortName;
    shortName.id = 4;
    shortName.organisation = QStringLiteral("病院");
    const ReferralMatcher matcher({midori, hoken, hoken2, shortName});

    CHECK(matcher.match(QStringLiteral("みどり台メンタルクリニックのポスターを見て")) == 1);
    CHECK(matcher.match(QStringLiteral("ポスター（ＭＤ－０１）")) == 1); // full-width code with a different hyphen
    CHECK(matcher.match(QStringLiteral("md01")) == 1);
    CHECK(matcher.match(QStringLiteral("大阪市 北保健所")) == 2);
    CHECK(matcher.match(QStringLiteral("保健所")) == 0);     // two health centres fit: the host decides
    CHECK(matcher.match(QStringLiteral("病院の先生")) == 0); // too short a name to mean one place
    CHECK(matcher.match(QStringLiteral("インターネット検索")) == 0);
    CHECK(matcher.match(QString()) == 0);
}

TEST_CASE("applicants are linked to the contact they name and the host confirms or rejects", "[contacts][referral]")
{
    ContactsFixture f;
    const qint64 room = f.addRoom(QStringLiteral("D"));
    const qint64 clinic = f.addContact(QStringLiteral("みどり台メンタルクリニック"), ContactKind::Clinic,
                                       QStringLiteral("大阪府"), QStringLiteral("MD01"));
    const qint64 byCode = f.addApplicantFrom(room, QStringLiteral("はる"), QStringLiteral("ポスター MD01"));
    const qint64 byName =
        f.addApplicantFrom(room, QStringLiteral("なつ"), QStringLiteral("みどり台メンタルクリニック"));
    const qint64 other = f.addApplicantFrom(room, QStringLiteral("あき"), QStringLiteral("SNS"));

    ReferralLinker linker(f.contacts, f.links);
    auto linked = linker.run();
    REQUIRE(linked.ok());
    CHECK(linked.value() == 2);
    CHECK(f.applicants.byId(byCode)->referralContactId == clinic);
    CHECK(f.applicants.byId(other)->referralContactId == 0);

    auto rows = f.contacts.all();
    REQUIRE(rows.ok());
    CHECK(rows->first().applicantsReferred == 2);
    CHECK(rows->first().applicantsUnconfirmed == 2);

    REQUIRE(f.links.confirm(byCode).ok());
    REQUIRE(f.links.reject(byName).ok());
    auto referred = f.links.referredBy(clinic);
    REQUIRE(referred.ok());
    REQUIRE(referred->size() == 1);
    CHECK(referred->first().anonymousName == QStringLiteral("はる"));
    CHECK(referred->first().roomCode == QStringLiteral("D"));
    CHECK(referred->first().confirmed);

    // A rejected suggestion is never made again, and a second run changes nothing.
    auto again = linker.run();
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(f.applicants.byId(byName)->referralContactId == 0);
    rows = f.contacts.all();
    CHECK(rows->first().applicantsReferred == 1);
    CHECK(rows->first().applicantsUnconfirmed == 0);

    // The host can still link by hand.
    REQUIRE(f.links.link(byName, clinic).ok());
    CHECK(f.links.referredBy(clinic)->size() == 2);
}
