// SPDX-License-Identifier: GPL-3.0-or-later
// Referral contacts with their posters, room members and the audit log: lists in the order the screens show them.
#include "RepositoryFixture.h"

#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/MemberRepository.h"

#include <catch2/catch.hpp>

namespace tsunagu {

using Store = test::RepositoryFixture;
using test::testNow;

TEST_CASE("Contacts add up poster copies and the applicants they referred", "[storage][contacts]")
{
    Store store;
    ContactRepository contacts(store.db);
    Contact clinic;
    clinic.organisation = QStringLiteral("みどり台アルコール専門クリニック");
    clinic.kind = ContactKind::SpecialistClinic;
    clinic.region = QStringLiteral("東京都");
    clinic.person = QStringLiteral("看護師 山野");
    clinic.phone = QStringLiteral("03-0000-0101");
    clinic.email = QStringLiteral("info@midoridai-clinic.example.jp");
    clinic.web = QStringLiteral("https://midoridai-clinic.example.jp");
    clinic.roleNotes = QStringLiteral("ポスター掲示に協力。");
    clinic.lastContactOn = QDate(2026, 11, 10);
    Contact family;
    family.organisation = QStringLiteral("しおかぜ家族会");
    family.kind = ContactKind::FamilyAssociation;
    family.region = QStringLiteral("北海道");
    auto clinicId = contacts.insert(clinic);
    auto familyId = contacts.insert(family);
    REQUIRE(clinicId.ok());
    REQUIRE(familyId.ok());

    const auto delivery = [](qint64 contactId, const QDate& on, const QString& version, int copies) {
        PosterDelivery d;
        d.contactId = contactId;
        d.deliveredOn = on;
        d.posterVersion = version;
        d.copies = copies;
        return d;
    };
    REQUIRE(
        contacts.addPosterDelivery(delivery(clinicId.value(), QDate(2026, 10, 13), QStringLiteral("2026年秋版 A3"), 2))
            .ok());
    REQUIRE(
        contacts.addPosterDelivery(delivery(clinicId.value(), QDate(2026, 11, 2), QStringLiteral("2026年秋版 A4"), 3))
            .ok());

    for (qint64 contactId : {clinicId.value(), clinicId.value(), familyId.value(), qint64(0)}) {
        Applicant a;
        a.anonymousName = QStringLiteral("紹介された人");
        a.referralContactId = contactId;
        a.receivedAt = testNow();
        REQUIRE(store.applicants.insert(a).ok());
    }

    auto rows = contacts.all();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    // By region, then organisation.
    const ContactRow& first = rows->at(0);
    CHECK(first.contact.organisation == QStringLiteral("しおかぜ家族会"));
    CHECK(first.contact.kind == ContactKind::FamilyAssociation);
    CHECK(first.postersDelivered == 0);
    CHECK_FALSE(first.lastPosterOn.isValid());
    CHECK_FALSE(first.contact.lastContactOn.isValid());
    CHECK(first.applicantsReferred == 1);
    const ContactRow& second = rows->at(1);
    CHECK(second.contact.id == clinicId.value());
    CHECK(second.contact.organisation == clinic.organisation);
    CHECK(second.contact.kind == ContactKind::SpecialistClinic);
    CHECK(second.contact.region == clinic.region);
    CHECK(second.contact.person == clinic.person);
    CHECK(second.contact.phone == clinic.phone);
    CHECK(second.contact.email == clinic.email);
    CHECK(second.contact.web == clinic.web);
    CHECK(second.contact.roleNotes == clinic.roleNotes);
    CHECK(second.contact.lastContactOn == QDate(2026, 11, 10));
    CHECK(second.postersDelivered == 5);
    CHECK(second.lastPosterOn == QDate(2026, 11, 2));
    CHECK(second.applicantsReferred == 2);

    auto deliveries = contacts.posterDeliveries();
    REQUIRE(deliveries.ok());
    REQUIRE(deliveries->size() == 2);
    CHECK(deliveries->at(0).delivery.deliveredOn == QDate(2026, 11, 2));
    CHECK(deliveries->at(0).delivery.copies == 3);
    CHECK(deliveries->at(0).delivery.posterVersion == QStringLiteral("2026年秋版 A4"));
    CHECK(deliveries->at(0).organisation == clinic.organisation);
    CHECK(deliveries->at(0).region == QStringLiteral("東京都"));
    CHECK(deliveries->at(1).delivery.deliveredOn == QDate(2026, 10, 13));
}

TEST_CASE("Members are listed by room order, then name", "[storage][members]")
{
    Store store;
    const qint64 roomG = store.addRoom(QStringLiteral("G"), 1);
    const qint64 roomD = store.addRoom(QStringLiteral("D"), 0);
    const qint64 applicant =
        store.addApplicant(roomG, QStringLiteral("いっぽ"), testNow().addDays(-40), ApplicantStatus::Attending);
    MemberRepository members(store.db);
    Member ippo;
    ippo.roomId = roomG;
    ippo.anonymousName = QStringLiteral("いっぽ");
    ippo.joinedOn = QDate(2026, 10, 16);
    ippo.applicantId = applicant;
    Member yuki;
    yuki.roomId = roomD;
    yuki.anonymousName = QStringLiteral("ゆきだるま");
    yuki.joinedOn = QDate(2026, 8, 14);
    Member yama;
    yama.roomId = roomD;
    yama.anonymousName = QStringLiteral("やまびこ");
    yama.category = Category::Family;
    yama.status = MemberStatus::Inactive;
    for (const Member& m : {ippo, yuki, yama})
        REQUIRE(members.insert(m).ok());

    auto rows = members.all();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).member.anonymousName == QStringLiteral("やまびこ"));
    CHECK(rows->at(0).roomCode == QStringLiteral("D"));
    CHECK(rows->at(0).member.category == Category::Family);
    CHECK(rows->at(0).member.status == MemberStatus::Inactive);
    CHECK_FALSE(rows->at(0).member.joinedOn.isValid());
    CHECK(rows->at(1).member.anonymousName == QStringLiteral("ゆきだるま"));
    CHECK(rows->at(1).member.joinedOn == QDate(2026, 8, 14));
    CHECK(rows->at(1).member.applicantId == 0);
    CHECK(rows->at(2).member.anonymousName == QStringLiteral("いっぽ"));
    CHECK(rows->at(2).roomCode == QStringLiteral("G"));
    CHECK(rows->at(2).member.category == Category::Person);
    CHECK(rows->at(2).member.status == MemberStatus::Active);
    CHECK(rows->at(2).member.applicantId == applicant);
}

TEST_CASE("The audit log shows the newest entries first", "[storage][audit]")
{
    Store store;
    const qint64 host = store.addHost(QStringLiteral("ハル"), {});
    AuditLog audit(store.db);
    const QVector<AuditEntry> entries{
        {0, testNow().addSecs(-7200), host, QStringLiteral("applicant.status"), QStringLiteral("applicant"), 42,
         QStringLiteral("新規→招待済")},
        {0, testNow(), host, QStringLiteral("room.update"), QStringLiteral("room"), 3, QStringLiteral("受付期限 3→5")},
        {0, testNow().addSecs(-3600), 0, QStringLiteral("profile.demo_seeded"), {}, 0, {}},
        {0, testNow(), 0, QStringLiteral("room.pause"), QStringLiteral("room"), 4, {}},
    };
    QVector<qint64> ids;
    for (const AuditEntry& e : entries) {
        auto id = audit.record(e);
        REQUIRE(id.ok());
        ids << id.value();
    }

    auto recent = audit.recent(3);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 3);
    // Same moment: the later entry first.
    CHECK(recent->at(0).id == ids.at(3));
    CHECK(recent->at(0).action == QStringLiteral("room.pause"));
    CHECK(recent->at(1).id == ids.at(1));
    CHECK(recent->at(1).at == testNow());
    CHECK(recent->at(1).hostId == host);
    CHECK(recent->at(1).subjectKind == QStringLiteral("room"));
    CHECK(recent->at(1).subjectId == 3);
    CHECK(recent->at(1).detail == QStringLiteral("受付期限 3→5"));
    CHECK(recent->at(2).action == QStringLiteral("profile.demo_seeded"));
    CHECK(recent->at(2).hostId == 0);
    CHECK(recent->at(2).subjectId == 0);

    auto all = audit.recent(100);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK(all->at(3).action == QStringLiteral("applicant.status"));
}

} // namespace tsunagu
