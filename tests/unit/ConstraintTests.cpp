// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of the schema reach the user as StoreError::ConstraintViolated (or NotFound), and a refused change
// leaves nothing behind: no half-written host, no orphan history row, no changed count.
#include "RepositoryFixture.h"

#include "storage/ContactRepository.h"
#include "storage/MemberRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTimeZone>

namespace tsunagu {
namespace {

using test::rowCount;
using test::testNow;

using Store = test::RepositoryFixture;

template <typename T>
void requireViolation(const StoreResult<T>& result)
{
    REQUIRE_FALSE(result.ok());
    INFO(result.error().detail.toStdString());
    CHECK(result.error().code == StoreError::ConstraintViolated);
}

} // namespace

TEST_CASE("A duplicate room code is refused and changes nothing", "[storage][constraints]")
{
    Store store;
    store.addRoom(QStringLiteral("N女"));
    const qint64 other = store.addRoom(QStringLiteral("NF"), 1);

    Room duplicate = test::makeRoom(QStringLiteral("N女"));
    duplicate.name = QStringLiteral("別のルーム");
    requireViolation(store.rooms.insert(duplicate));
    CHECK(rowCount(store.db, QStringLiteral("rooms")) == 2);
    CHECK(store.rooms.byCode(QStringLiteral("N女"))->name == QStringLiteral("ルームN女"));

    // Renaming another room to a code in use is refused the same way.
    Room renamed = store.rooms.byCode(QStringLiteral("NF")).value();
    REQUIRE(renamed.id == other);
    renamed.code = QStringLiteral("N女");
    requireViolation(store.rooms.update(renamed));
    CHECK(store.rooms.byCode(QStringLiteral("NF")).ok());
}

TEST_CASE("A reply deadline outside 1 to 60 days is refused", "[storage][constraints]")
{
    Store store;
    for (int days : {0, -1, 61}) {
        Room room = test::makeRoom(QStringLiteral("E"));
        room.replyDeadlineDays = days;
        INFO("deadline " << days);
        requireViolation(store.rooms.insert(room));
    }
    CHECK(rowCount(store.db, QStringLiteral("rooms")) == 0);

    store.addRoom(QStringLiteral("K"));
    Room room = store.rooms.byCode(QStringLiteral("K")).value();
    room.replyDeadlineDays = 0;
    room.name = QStringLiteral("変更されない名前");
    requireViolation(store.rooms.update(room));
    const Room stored = store.rooms.byCode(QStringLiteral("K")).value();
    CHECK(stored.replyDeadlineDays == 3);
    CHECK(stored.name == QStringLiteral("ルームK"));
}

TEST_CASE("Keys the schema does not know are refused", "[storage][constraints]")
{
    Store store;
    QSqlQuery q(store.db.connection());

    SECTION("an unknown audience")
    {
        REQUIRE_FALSE(sql::exec(q, QStringLiteral("INSERT INTO rooms (code, name, audience) VALUES (?, ?, ?)"),
                                {QStringLiteral("X"), QStringLiteral("ルームX"), QStringLiteral("everyone")}));
        CHECK(sql::failure(q).code == StoreError::ConstraintViolated);
    }
    SECTION("an unknown room status")
    {
        REQUIRE_FALSE(sql::exec(
            q, QStringLiteral("INSERT INTO rooms (code, name, audience, status) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("X"), QStringLiteral("ルームX"), QStringLiteral("persons"), QStringLiteral("closed")}));
        CHECK(sql::failure(q).code == StoreError::ConstraintViolated);
    }
    SECTION("an unknown applicant status")
    {
        REQUIRE_FALSE(sql::exec(q, QStringLiteral("INSERT INTO applicants (status, received_at) VALUES (?, ?)"),
                                {QStringLiteral("spam"), QStringLiteral("2026-11-22T01:00:00Z")}));
        CHECK(sql::failure(q).code == StoreError::ConstraintViolated);
    }
    SECTION("a blank room code")
    {
        requireViolation(store.rooms.insert(test::makeRoom(QStringLiteral("   "))));
    }
    CHECK(rowCount(store.db, QStringLiteral("rooms")) == 0);
    CHECK(rowCount(store.db, QStringLiteral("applicants")) == 0);
}

TEST_CASE("A room that still has applicants cannot be deleted", "[storage][constraints]")
{
    Store store;
    const qint64 roomD = store.addRoom(QStringLiteral("D"));
    const qint64 roomA = store.addRoom(QStringLiteral("A"), 1);
    const qint64 applicant = store.addApplicant(roomD, QStringLiteral("しろくま"), testNow().addDays(-1));

    requireViolation(store.rooms.remove(roomD));
    CHECK(store.rooms.byCode(QStringLiteral("D")).ok());
    auto stillThere = store.applicants.byId(applicant);
    REQUIRE(stillThere.ok());
    CHECK(stillThere->roomId == roomD);

    // A room without applicants goes, and a second delete finds nothing.
    CHECK(store.rooms.remove(roomA).ok());
    CHECK(store.rooms.byCode(QStringLiteral("A")).error().code == StoreError::NotFound);
    auto again = store.rooms.remove(roomA);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == StoreError::NotFound);
    CHECK(rowCount(store.db, QStringLiteral("rooms")) == 1);
}

TEST_CASE("An applicant pointing at a missing room or contact is refused whole", "[storage][constraints]")
{
    Store store;
    store.addRoom(QStringLiteral("G"));
    Applicant a;
    a.anonymousName = QStringLiteral("いっぽ");
    a.replyAddress = QStringLiteral("ippo@example.org");
    a.receivedAt = testNow();

    SECTION("a room that does not exist")
    {
        a.roomId = 9999;
        requireViolation(store.applicants.insert(a));
    }
    SECTION("a referral contact that does not exist")
    {
        a.referralContactId = 4242;
        requireViolation(store.applicants.insert(a));
    }
    SECTION("a duplicate of an applicant that does not exist")
    {
        a.duplicateOfId = 777;
        requireViolation(store.applicants.insert(a));
    }
    // The status history row of the same transaction was not left behind either.
    CHECK(rowCount(store.db, QStringLiteral("applicants")) == 0);
    CHECK(rowCount(store.db, QStringLiteral("applicant_status_history")) == 0);
}

TEST_CASE("Attendance counts that cannot be true are refused", "[storage][constraints]")
{
    Store store;
    MeetingRepository& meetings = store.meetings;
    const qint64 room = store.addRoom(QStringLiteral("K"));
    MeetingSeries series;
    series.roomId = room;
    series.title = QStringLiteral("ルームK Zoomミーティング");
    series.firstStart = QDateTime(QDate(2026, 11, 16), QTime(19, 0));
    auto seriesId = meetings.insertSeries(series);
    REQUIRE(seriesId.ok());
    const QDateTime start(QDate(2026, 11, 16), QTime(19, 0), QTimeZone("Asia/Tokyo"));
    auto occurrence = meetings.insertOccurrence({0, seriesId.value(), start, false, {}, {}});
    REQUIRE(occurrence.ok());
    const qint64 occurrenceId = occurrence.value();

    Attendance negative{occurrenceId, -1, 0, 0, 0, 0};
    requireViolation(meetings.recordAttendance(negative, testNow()));
    Attendance negativeFirstTimers{occurrenceId, 3, 0, 0, 0, -2};
    requireViolation(meetings.recordAttendance(negativeFirstTimers, testNow()));
    Attendance tooManyFirstTimers{occurrenceId, 2, 1, 0, 0, 4};
    requireViolation(meetings.recordAttendance(tooManyFirstTimers, testNow()));
    Attendance unknownMeeting{occurrenceId + 100, 5, 0, 0, 0, 1};
    requireViolation(meetings.recordAttendance(unknownMeeting, testNow()));
    CHECK(rowCount(store.db, QStringLiteral("attendance")) == 0);

    // A wrong correction of a recorded meeting keeps what was recorded.
    REQUIRE(meetings.recordAttendance({occurrenceId, 5, 0, 0, 1, 2}, testNow()).ok());
    requireViolation(meetings.recordAttendance({occurrenceId, 1, 0, 0, 0, 9}, testNow()));
    auto rows = meetings.upcoming(start, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->at(0).hasAttendance);
    CHECK(rows->at(0).attendance.persons == 5);
    CHECK(rows->at(0).attendance.others == 1);
    CHECK(rows->at(0).attendance.firstTimers == 2);

    SECTION("a meeting of zero minutes")
    {
        MeetingSeries zero = series;
        zero.durationMinutes = 0;
        requireViolation(meetings.insertSeries(zero));
        CHECK(rowCount(store.db, QStringLiteral("meeting_series")) == 1);
    }
    SECTION("the same start twice in one series")
    {
        requireViolation(meetings.insertOccurrence({0, seriesId.value(), start, false, {}, {}}));
        CHECK(rowCount(store.db, QStringLiteral("occurrences")) == 1);
    }
}

TEST_CASE("A host for a room that does not exist is not saved at all", "[storage][constraints]")
{
    Store store;
    store.addRoom(QStringLiteral("D"));
    HostRepository& hosts = store.hosts;

    Host host;
    host.displayName = QStringLiteral("ハル");
    host.signature = QStringLiteral("Room D 受付担当 ハル");
    host.roomCodes = {QStringLiteral("D"), QStringLiteral("存在しないルーム")};
    auto inserted = hosts.insert(host);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().code == StoreError::NotFound);
    CHECK(rowCount(store.db, QStringLiteral("hosts")) == 0);
    CHECK(rowCount(store.db, QStringLiteral("host_rooms")) == 0);
    CHECK(hosts.all()->isEmpty());

    host.roomCodes = {QStringLiteral("D")};
    REQUIRE(hosts.insert(host).ok());
    Host twin;
    twin.displayName = QStringLiteral("ハル");
    requireViolation(hosts.insert(twin));
    CHECK(rowCount(store.db, QStringLiteral("hosts")) == 1);
    CHECK(rowCount(store.db, QStringLiteral("host_rooms")) == 1);
}

TEST_CASE("Members, contacts and posters keep the schema's rules", "[storage][constraints]")
{
    Store store;
    const qint64 room = store.addRoom(QStringLiteral("DF"));

    SECTION("the same anonymous name twice in one room")
    {
        MemberRepository members(store.db);
        Member m;
        m.roomId = room;
        m.anonymousName = QStringLiteral("こもれび");
        REQUIRE(members.insert(m).ok());
        requireViolation(members.insert(m));
        m.roomId = 9999;
        m.anonymousName = QStringLiteral("ほかのルーム");
        requireViolation(members.insert(m));
        CHECK(rowCount(store.db, QStringLiteral("members")) == 1);
    }
    SECTION("a contact without an organisation, a poster delivery of no copies")
    {
        ContactRepository contacts(store.db);
        Contact contact;
        contact.organisation = QStringLiteral(" ");
        requireViolation(contacts.insert(contact));
        contact.organisation = QStringLiteral("しおかぜ家族会");
        auto id = contacts.insert(contact);
        REQUIRE(id.ok());
        requireViolation(contacts.addPosterDelivery(
            {0, id.value(), QDate(2026, 11, 1), QStringLiteral("A4"), 0, DeliveryMethod::Handed, {}}));
        requireViolation(contacts.addPosterDelivery(
            {0, id.value() + 50, QDate(2026, 11, 1), QStringLiteral("A4"), 1, DeliveryMethod::Handed, {}}));
        CHECK(rowCount(store.db, QStringLiteral("contacts")) == 1);
        CHECK(rowCount(store.db, QStringLiteral("poster_deliveries")) == 0);
    }
}

} // namespace tsunagu
