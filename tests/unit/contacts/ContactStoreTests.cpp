// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsFixture.h"

using namespace tsunagu;
using namespace tsunagu::test;

TEST_CASE("a contact keeps every field and its rooms", "[contacts][storage]")
{
    ContactsFixture f;
    const qint64 roomD = f.addRoom(QStringLiteral("D"), 1);
    const qint64 roomG = f.addRoom(QStringLiteral("G"), 2);
    Contact c;
    c.organisation = QStringLiteral("みどり台メンタルクリニック");
    c.kind = ContactKind::SpecialistClinic;
    c.region = QStringLiteral("大阪府");
    c.city = QStringLiteral("大阪市北区");
    c.person = QStringLiteral("山野");
    c.personRole = QStringLiteral("精神保健福祉士");
    c.phone = QStringLiteral("06-0000-0000");
    c.email = QStringLiteral("info@midoridai.example.jp");
    c.web = QStringLiteral("https://midoridai.example.jp");
    c.address = QStringLiteral("大阪市北区1-2-3");
    c.roleNotes = QStringLiteral("依存症外来。初診の方にポスターを案内。");
    c.lastContactOn = QDate(2026, 10, 1);
    c.nextFollowUpOn = QDate(2027, 1, 15);
    c.notes = QStringLiteral("待合室に掲示");
    c.referralCode = QStringLiteral("MD01");
    c.roomIds = {roomG, roomD};
    auto id = f.contacts.insert(c);
    REQUIRE(id.ok());

    auto found = f.contacts.find(id.value());
    REQUIRE(found.ok());
    CHECK(found->organisation == c.organisation);
    CHECK(found->kind == ContactKind::SpecialistClinic);
    CHECK(found->city == c.city);
    CHECK(found->personRole == c.personRole);
    CHECK(found->address == c.address);
    CHECK(found->nextFollowUpOn == c.nextFollowUpOn);
    CHECK(found->notes == c.notes);
    CHECK(found->referralCode == QStringLiteral("MD01"));
    CHECK(found->roomIds == QVector<qint64>{roomD, roomG}); // in room order

    auto rows = f.contacts.all();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().roomCodes == QStringList{QStringLiteral("D"), QStringLiteral("G")});

    Contact changed = found.value();
    changed.person = QStringLiteral("川村");
    changed.roomIds = {roomG};
    REQUIRE(f.contacts.update(changed).ok());
    auto again = f.contacts.find(id.value());
    REQUIRE(again.ok());
    CHECK(again->person == QStringLiteral("川村"));
    CHECK(again->roomIds == QVector<qint64>{roomG});
}

TEST_CASE("a referral code names one contact only", "[contacts][storage]")
{
    ContactsFixture f;
    f.addContact(QStringLiteral("あおぞらクリニック"), ContactKind::Clinic, QStringLiteral("東京都"),
                 QStringLiteral("AZ1"));
    f.addContact(QStringLiteral("なし1")); // contacts without a code do not collide
    f.addContact(QStringLiteral("なし2"));
    Contact second;
    second.organisation = QStringLiteral("べつのクリニック");
    second.referralCode = QStringLiteral("AZ1");
    auto id = f.contacts.insert(second);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().code == StoreError::ConstraintViolated);
    auto rows = f.contacts.all();
    REQUIRE(rows.ok());
    CHECK(rows->size() == 3); // the refused insert left nothing behind
}

TEST_CASE("contacts made and posters delivered move the last contact date up, never back", "[contacts][storage]")
{
    ContactsFixture f;
    const qint64 id = f.addContact(QStringLiteral("北保健所"), ContactKind::HealthCentre);
    REQUIRE(f.events.add({0, id, QDate(2026, 9, 1), ContactChannel::Visit, QStringLiteral("挨拶")}).ok());
    REQUIRE(f.events.add({0, id, QDate(2026, 6, 1), ContactChannel::Phone, {}}).ok());
    CHECK(f.contacts.find(id)->lastContactOn == QDate(2026, 9, 1));

    PosterDelivery d;
    d.contactId = id;
    d.deliveredOn = QDate(2026, 11, 2);
    d.posterVersion = QStringLiteral("2026-11 A4");
    d.copies = 3;
    d.method = DeliveryMethod::Post;
    d.note = QStringLiteral("待合室用");
    auto delivered = f.contacts.addPosterDelivery(d);
    REQUIRE(delivered.ok());
    CHECK(f.contacts.find(id)->lastContactOn == QDate(2026, 11, 2));

    auto events = f.events.of(id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->first().happenedOn == QDate(2026, 9, 1)); // newest first
    CHECK(events->first().channel == ContactChannel::Visit);
    CHECK(events->first().note == QStringLiteral("挨拶"));

    auto deliveries = f.contacts.posterDeliveriesOf(id);
    REQUIRE(deliveries.ok());
    REQUIRE(deliveries->size() == 1);
    CHECK(deliveries->first().method == DeliveryMethod::Post);
    CHECK(deliveries->first().copies == 3);
    CHECK(deliveries->first().note == QStringLiteral("待合室用"));

    auto rows = f.contacts.all();
    REQUIRE(rows.ok());
    CHECK(rows->first().postersDelivered == 3);
    CHECK(rows->first().lastPosterOn == QDate(2026, 11, 2));

    REQUIRE(f.contacts.removePosterDelivery(delivered.value()).ok());
    REQUIRE(f.events.remove(events->first().id).ok());
    CHECK(f.contacts.posterDeliveriesOf(id)->isEmpty());
    CHECK(f.events.of(id)->size() == 1);
}

TEST_CASE("removing a contact takes its history and keeps the applicants it referred", "[contacts][storage]")
{
    ContactsFixture f;
    const qint64 room = f.addRoom(QStringLiteral("D"));
    const qint64 id = f.addContact(QStringLiteral("みなみ病院"), ContactKind::Hospital);
    REQUIRE(f.events.add({0, id, QDate(2026, 9, 1), ContactChannel::Visit, {}}).ok());
    REQUIRE(f.contacts.addPosterDelivery({0, id, QDate(2026, 9, 1), QStringLiteral("v1"), 2, {}, {}}).ok());
    const qint64 applicant = f.addApplicantFrom(room, QStringLiteral("はる"), QStringLiteral("みなみ病院"));
    REQUIRE(f.links.link(applicant, id).ok());

    REQUIRE(f.contacts.remove(id).ok());
    CHECK(f.contacts.find(id).error().code == StoreError::NotFound);
    CHECK(f.contacts.posterDeliveries()->isEmpty());
    auto kept = f.applicants.byId(applicant);
    REQUIRE(kept.ok());
    CHECK(kept->referralSource == QStringLiteral("みなみ病院"));
    CHECK(kept->referralContactId == 0);
    CHECK(f.contacts.remove(id).error().code == StoreError::NotFound);
}
