// SPDX-License-Identifier: GPL-3.0-or-later
// The columns sealed since schema version 17: members' anonymous names, Zoom aliases, blocked addresses, contact
// persons and notes, referral notes, and the keyed SHA-256 of each mail. A sealed profile keeps none of them in its
// files; lookups, uniqueness and order work as before; a profile sealed by an earlier version is caught up once when
// it opens; a plain profile keeps working with plain values.
#include "common/Sha256.h"
#include "crypto/KeyFile.h"
#include "demo/DemoSeeder.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/ContactRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Migrations.h"
#include "storage/Profile.h"
#include "storage/ProfileKeys.h"
#include "storage/ReplyRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SqlSupport.h"

#include "OlderSealedProfile.h"
#include "RawBytes.h"
#include "TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace tsunagu;

using tsunagu::test::everyByteOf;
using tsunagu::test::foundIn;

namespace {

const QString s_passphrase = QStringLiteral("封をする合言葉 example 2026");

// The weakest Argon2id cost: these tests check sealing, not the price of the key derivation.
struct WeakKdf
{
    WeakKdf() { qputenv(crypto::KdfCost::s_testWeakKdfVariable, "1"); }
};
const WeakKdf s_weakKdf;

// Fictional values found nowhere else in a profile, so that finding their bytes means they were left plain.
const QString s_memberA = QStringLiteral("ほしぞらメンバー甲");
const QString s_memberB = QStringLiteral("あさやけメンバー乙");
const QString s_memberC = QStringLiteral("Kumo Member Hei");
const QString s_alias = QStringLiteral("zoom表示名やまだたろう");
const QString s_blocked = QStringLiteral("blocked-sender-4417@example.org");
const QString s_person = QStringLiteral("担当者架空花子");
const QString s_roleNotes = QStringLiteral("家族教室の窓口を担当ユニーク");
const QString s_contactNotes = QStringLiteral("次回は院長に挨拶ユニーク");
const QString s_referralNote = QStringLiteral("本人の同意あり紹介メモユニーク");
const QByteArray s_mail("From: form-service@example.jp\r\nSubject: test\r\n\r\nsealed columns test mail 8812\r\n");

ProfileUnlock sealing()
{
    ProfileUnlock unlock;
    unlock.passphrase = s_passphrase;
    unlock.seal = true;
    return unlock;
}

QString digestOf(const QByteArray& raw)
{
    return QString::fromLatin1(sha256(raw).toHex());
}

QStringList planted()
{
    return {s_memberA, s_memberB,   s_memberC,      s_alias,        s_blocked,
            s_person,  s_roleNotes, s_contactNotes, s_referralNote, digestOf(s_mail)};
}

Room room(const QString& code, int sortOrder)
{
    Room r;
    r.code = code;
    r.name = QStringLiteral("ルーム") + code;
    r.theme = QStringLiteral("alcohol");
    r.audience = Audience::Persons;
    r.applicationFormUrl = QStringLiteral("https://forms.example.org/test/") + code;
    r.receptionAddress = QStringLiteral("reception@example.jp");
    r.replyDeadlineDays = 3;
    r.sortOrder = sortOrder;
    return r;
}

qint64 scalar(Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Everything the tests plant, through the repositories of the current version.
void plantThroughRepositories(Database& db, const Clock& clock)
{
    auto roomId = RoomRepository(db).insert(room(QStringLiteral("SC"), 90));
    REQUIRE(roomId);
    MemberRepository members(db);
    for (const QString& name : {s_memberA, s_memberB, s_memberC}) {
        Member m;
        m.roomId = roomId.value();
        m.anonymousName = name;
        REQUIRE(members.insert(m));
    }
    auto all = members.forRoom(roomId.value());
    REQUIRE(all);
    REQUIRE(AttendanceRepository(db).setAlias(roomId.value(), s_alias, all->first().id));
    REQUIRE(BlockedAddressRepository(db).block(s_blocked, clock.now(), s_referralNote.left(6)));
    Contact contact;
    contact.organisation = QStringLiteral("架空メンタルクリニック");
    contact.kind = ContactKind::Clinic;
    contact.person = s_person;
    contact.roleNotes = s_roleNotes;
    contact.notes = s_contactNotes;
    REQUIRE(ContactRepository(db).insert(contact));

    Applicant a;
    a.roomId = roomId.value();
    a.anonymousName = QStringLiteral("紹介される人");
    a.receivedAt = clock.now();
    auto applicantId = ApplicantRepository(db, clock).insert(a);
    REQUIRE(applicantId);
    auto other = RoomRepository(db).insert(room(QStringLiteral("SD"), 91));
    REQUIRE(other);
    Referral referral;
    referral.applicantId = applicantId.value();
    referral.toRoomId = other.value();
    referral.note = s_referralNote;
    REQUIRE(ReplyRepository(db, clock).insertReferral(referral));

    Message m;
    m.direction = MessageDirection::Incoming;
    m.receivedAt = clock.now();
    m.raw = s_mail;
    m.sizeBytes = s_mail.size();
    m.sha256 = digestOf(s_mail);
    m.applicantId = applicantId.value();
    REQUIRE(MessageRepository(db).insert(m));
}

// What the planted values read back as, through the repositories.
void checkReadBack(Database& db, const Clock& clock)
{
    auto roomId = RoomRepository(db).byCode(QStringLiteral("SC"));
    REQUIRE(roomId);
    MemberRepository members(db);
    auto list = members.forRoom(roomId->id);
    REQUIRE(list);
    QStringList names;
    for (const Member& m : list.value())
        names << m.anonymousName;
    // Japanese order: Latin letters first, then kana in gojūon order (あ before ほ).
    CHECK(names == QStringList{s_memberC, s_memberB, s_memberA});

    auto aliases = AttendanceRepository(db).aliases(roomId->id);
    REQUIRE(aliases);
    CHECK(aliases->keys() == QStringList{s_alias});
    CHECK(aliases->value(s_alias) == list->first().id);

    BlockedAddressRepository blocked(db);
    CHECK(blocked.isBlocked(QStringLiteral("  ") + s_blocked.toUpper()).value());
    CHECK_FALSE(blocked.isBlocked(QStringLiteral("someone-else@example.org")).value());
    CHECK(blocked.all().value() == QStringList{s_blocked});

    auto contacts = ContactRepository(db).all();
    REQUIRE(contacts);
    bool contactFound = false;
    for (const ContactRow& row : contacts.value()) {
        if (row.contact.person == s_person) {
            contactFound = true;
            CHECK(row.contact.roleNotes == s_roleNotes);
            CHECK(row.contact.notes == s_contactNotes);
        }
    }
    CHECK(contactFound);

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT applicant_id FROM referrals")));
    REQUIRE(q.next());
    auto referrals = ReplyRepository(db, clock).referralsOf(q.value(0).toLongLong());
    REQUIRE(referrals);
    REQUIRE(referrals->size() == 1);
    CHECK(referrals->first().note == s_referralNote);

    // The same mail is recognised as stored already.
    auto known = MessageRepository(db).idBySha256(digestOf(s_mail));
    REQUIRE(known);
    CHECK(known.value() > 0);
    CHECK(MessageRepository(db).idBySha256(digestOf("another mail")).value() == 0);
}

} // namespace

TEST_CASE("A sealed profile keeps no member, alias, contact person, referral note, blocked address or mail digest "
          "in its files",
          "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("sealed"));
    QStringList demoValues;
    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
        Database& db = profile.value()->database();
        REQUIRE(DemoSeeder(db, clock).seed());
        plantThroughRepositories(db, clock);
        checkReadBack(db, clock);
        // The demo's own contact persons and notes.
        auto contacts = ContactRepository(db).all();
        REQUIRE(contacts);
        for (const ContactRow& row : contacts.value()) {
            for (const QString& value : {row.contact.person, row.contact.roleNotes, row.contact.notes}) {
                if (value.size() >= 5)
                    demoValues << value;
            }
        }
        // The demo's members, where the name is not also an applicant's (applicants' anonymous names stay plain).
        QStringList applicantNames;
        auto applicants = ApplicantList(db).all();
        REQUIRE(applicants);
        for (const ApplicantRow& row : applicants.value())
            applicantNames << row.applicant.anonymousName;
        auto members = MemberRepository(db).all();
        REQUIRE(members);
        for (const MemberRow& row : members.value()) {
            const QString& name = row.member.anonymousName;
            // …nor part of a plain public text (こもれび is a member and the start of a law office's name).
            const bool inPlainText = std::any_of(contacts->cbegin(), contacts->cend(), [&name](const ContactRow& c) {
                return c.contact.organisation.contains(name) || c.contact.address.contains(name);
            });
            if (name.size() >= 3 && !applicantNames.contains(name) && !planted().contains(name) && !inPlainText)
                demoValues << name;
        }
        // A duplicate name in one room is refused through the keyed hash, as the plain name was.
        auto roomId = RoomRepository(db).byCode(QStringLiteral("SC"));
        REQUIRE(roomId);
        Member twice;
        twice.roomId = roomId->id;
        twice.anonymousName = s_memberA;
        auto refused = MemberRepository(db).insert(twice);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == StoreError::ConstraintViolated);
    }
    REQUIRE(demoValues.size() > 4);
    const QByteArray bytes = everyByteOf(folder);
    CHECK(foundIn(bytes, planted()) == QStringList{});
    CHECK(foundIn(bytes, demoValues) == QStringList{});
    // The check finds what is there: the organisation stays plain.
    CHECK(bytes.contains(QStringLiteral("架空メンタルクリニック").toUtf8()));
}

TEST_CASE("A plain profile keeps these columns plain and working", "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    test::TempProfile temp;
    Database& db = temp.open().database();
    REQUIRE_FALSE(temp.open().isSealed());
    plantThroughRepositories(db, clock);
    checkReadBack(db, clock);
    // Plain values, and the values themselves where the keyed hashes would be.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE name_hash = anonymous_name")) == 3);
    CHECK(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM blocked_addresses WHERE address_hash = '%1'").arg(s_blocked)) ==
        1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sha256 = '%1'").arg(digestOf(s_mail))) == 1);
}

TEST_CASE("A profile sealed before these columns were is sealed at its first open, once, and keeps every row",
          "[privacy][seal][migration]")
{
    FixedClock clock(test::testNow());
    test::OlderSealedProfile older(16, s_passphrase); // the last version that kept these columns plain
    const QString folder = older.folder();
    const QString dbPath = older.databasePath();
    qint64 occurrenceId = 0;
    {
        Database& db = older.open();
        auto roomId = RoomRepository(db).insert(room(QStringLiteral("SC"), 90));
        REQUIRE(roomId);
        auto otherRoom = RoomRepository(db).insert(room(QStringLiteral("SD"), 91));
        REQUIRE(otherRoom);
        Applicant a;
        a.roomId = roomId.value();
        a.anonymousName = QStringLiteral("紹介される人");
        a.receivedAt = clock.now();
        auto applicantId = ApplicantRepository(db, clock).insert(a);
        REQUIRE(applicantId);
        MeetingSeries series;
        series.roomId = roomId.value();
        series.title = QStringLiteral("例会");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        series.firstStart = test::testNow();
        series.durationMinutes = 120;
        auto seriesId = MeetingRepository(db).insertSeries(series);
        REQUIRE(seriesId);

        QSqlQuery q(db.connection());
        const auto run = [&q](const QString& statement, std::initializer_list<QVariant> values) {
            INFO(statement.toStdString());
            REQUIRE(sql::exec(q, statement, values));
            return q.lastInsertId().toLongLong();
        };
        QVector<qint64> memberIds;
        for (const QString& name : {s_memberA, s_memberB, s_memberC})
            memberIds << run(QStringLiteral("INSERT INTO members (room_id, anonymous_name) VALUES (?, ?)"),
                             {roomId.value(), name});
        run(QStringLiteral("INSERT INTO attendance_aliases (room_id, display_name, member_id) VALUES (?, ?, ?)"),
            {roomId.value(), s_alias, memberIds.at(2)});
        occurrenceId = run(QStringLiteral("INSERT INTO occurrences (series_id, starts_at) VALUES (?, ?)"),
                           {seriesId.value(), sql::japanTime(test::testNow())});
        run(QStringLiteral("INSERT INTO attendance (occurrence_id, persons, recorded_at) VALUES (?, 3, ?)"),
            {occurrenceId, sql::instant(clock.now())});
        for (qint64 member : memberIds)
            run(QStringLiteral("INSERT INTO attendance_members (occurrence_id, member_id) VALUES (?, ?)"),
                {occurrenceId, member});
        run(QStringLiteral("INSERT INTO blocked_addresses (address, blocked_at, note) VALUES (?, ?, ?)"),
            {s_blocked, sql::instant(clock.now()), s_referralNote.left(6)});
        run(QStringLiteral("INSERT INTO contacts (organisation, kind, person, role_notes, notes) "
                           "VALUES ('架空メンタルクリニック', 'clinic', ?, ?, ?)"),
            {s_person, s_roleNotes, s_contactNotes});
        run(QStringLiteral("INSERT INTO referrals (applicant_id, to_room_id, note, created_at) VALUES (?, ?, ?, ?)"),
            {applicantId.value(), otherRoom.value(), s_referralNote, sql::instant(clock.now())});
        run(QStringLiteral("INSERT INTO messages (direction, received_at, size_bytes, applicant_id, sha256) "
                           "VALUES ('in', ?, ?, ?, ?)"),
            {sql::instant(clock.now()), s_mail.size(), applicantId.value(), digestOf(s_mail)});
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    older.close();
    ProfileKeys::remove(dbPath);
    REQUIRE(foundIn(everyByteOf(folder), planted()).size() == planted().size()); // plain, as that version left it

    {
        auto profile = Profile::open(folder, sealing());
        REQUIRE(profile);
        REQUIRE(profile.value()->isSealed());
        Database& db = profile.value()->database();
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM seal_pending")) == 0);
        checkReadBack(db, clock);
        // Every member and the roster of the meeting came through the rebuilt table with their ids.
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM attendance_members WHERE occurrence_id = %1")
                             .arg(occurrenceId)) == 3);
        CHECK(AttendanceRepository(db).rosterOf(occurrenceId).value().size() == 3);
        QSqlQuery check(db.connection());
        REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(check.next());
    }
    CHECK(foundIn(everyByteOf(folder), planted()) == QStringList{});
    // The copy the upgrade made held the plain values: it is gone.
    CHECK(QDir(folder).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());

    // Once: the next open seals nothing again (a keyed digest hashed twice would no longer find the mail).
    auto again = Profile::open(folder, sealing());
    REQUIRE(again);
    checkReadBack(again.value()->database(), clock);
}

TEST_CASE("Sealing a plain profile in place seals these columns and keys their hashes", "[privacy][seal]")
{
    FixedClock clock(test::testNow());
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("plain"));
    {
        auto profile = Profile::open(folder);
        REQUIRE(profile);
        plantThroughRepositories(profile.value()->database(), clock);
    }
    REQUIRE_FALSE(foundIn(everyByteOf(folder), planted()).isEmpty());
    ProfileUnlock unlock = sealing();
    unlock.sealExisting = true;
    {
        auto profile = Profile::open(folder, unlock);
        REQUIRE(profile);
        REQUIRE(profile.value()->isSealed());
        checkReadBack(profile.value()->database(), clock);
        CHECK(scalar(profile.value()->database(), QStringLiteral("SELECT COUNT(*) FROM seal_pending")) == 0);
    }
    CHECK(foundIn(everyByteOf(folder), planted()) == QStringList{});
    auto profile = Profile::open(folder, sealing());
    REQUIRE(profile);
    checkReadBack(profile.value()->database(), clock);
}
