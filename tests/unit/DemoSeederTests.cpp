// SPDX-License-Identifier: GPL-3.0-or-later
// The demo profile: the twelve rooms of DESIGN.md §5 with their rules, fictional people and addresses only,
// meetings around "today" and attendance for the past ones; and the small recurrence expander behind it.
#include "StorageTestSupport.h"
#include "TempProfile.h"

#include "demo/DemoSeeder.h"
#include "schedule/OccurrencePlanner.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/HostRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/RoomRepository.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUrl>

namespace tsunagu {
namespace {

using test::rowCount;
using test::testNow;

bool isFictionalDomain(const QString& host)
{
    const QString h = host.toLower();
    return h == QLatin1String("example.org") || h == QLatin1String("example.jp") ||
           h.endsWith(QLatin1String(".example.org")) || h.endsWith(QLatin1String(".example.jp"));
}

QString wallClock(const QDateTime& startsAt)
{
    return startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Every text value of every row of every table.
QStringList allText(const QSqlDatabase& db)
{
    QStringList values;
    for (const QString& table : test::schemaNames(db, QStringLiteral("table"))) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + table));
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = q.value(i);
                if (value.typeId() == QMetaType::QString)
                    values << value.toString();
            }
        }
    }
    return values;
}

} // namespace

TEST_CASE("The demo profile has the twelve rooms of the network with their rules", "[demo]")
{
    test::TempProfile temp;
    Profile& profile = temp.openDemo();
    auto rooms = RoomRepository(profile.database()).all();
    REQUIRE(rooms.ok());

    QStringList codes;
    QHash<QString, Room> byCode;
    for (const Room& room : rooms.value()) {
        codes << room.code;
        byCode.insert(room.code, room);
    }
    CHECK(codes == QStringList{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("DA"), QStringLiteral("DF"),
                               QStringLiteral("N"), QStringLiteral("N女"), QStringLiteral("NF"), QStringLiteral("G"),
                               QStringLiteral("NG"), QStringLiteral("E"), QStringLiteral("K"), QStringLiteral("三森")});
    REQUIRE(byCode.size() == 12);

    for (const Room& room : rooms.value()) {
        INFO("room " << room.code.toStdString());
        const bool paused = room.code == QStringLiteral("A") || room.code == QStringLiteral("N女");
        CHECK(room.status == (paused ? RoomStatus::Paused : RoomStatus::Active));
        if (paused)
            CHECK_FALSE(room.statusNote.isEmpty());
        CHECK_FALSE(room.name.isEmpty());
        CHECK_FALSE(room.scheduleSummary.isEmpty());

        const QUrl form(room.applicationFormUrl, QUrl::StrictMode);
        CHECK(form.isValid());
        CHECK(form.scheme() == QStringLiteral("https"));
        CHECK(isFictionalDomain(form.host()));
        CHECK(form.host().endsWith(QStringLiteral("example.org")));
        CHECK(room.receptionAddress.endsWith(QStringLiteral("@example.jp")));

        Audience expected = Audience::Persons;
        if (room.code == QStringLiteral("DA") || room.code == QStringLiteral("N女"))
            expected = Audience::WomenOnly;
        else if (room.code == QStringLiteral("DF") || room.code == QStringLiteral("NF"))
            expected = Audience::Families;
        else if (room.code == QStringLiteral("三森"))
            expected = Audience::Open;
        CHECK(room.audience == expected);

        CHECK(room.replyDeadlineDays == (room.code == QStringLiteral("K") ? 5 : 3));
    }
    CHECK(byCode.value(QStringLiteral("E")).replyDeadlineDays == 3);
    CHECK(byCode.value(QStringLiteral("K")).replyDeadlineDays == 5);
    CHECK(byCode.value(QStringLiteral("E")).minorsReviewed);

    auto hosts = HostRepository(profile.database()).all();
    REQUIRE(hosts.ok());
    REQUIRE(hosts->size() == 2);
    CHECK(hosts->at(0).displayName == QStringLiteral("ハル"));
    CHECK(hosts->at(0).roomCodes == QStringList{QStringLiteral("D"), QStringLiteral("DA"), QStringLiteral("DF")});
    CHECK(hosts->at(1).displayName == QStringLiteral("ミナト"));
    CHECK_FALSE(hosts->at(1).roomCodes.isEmpty());
}

TEST_CASE("The demo applicants show every situation a host meets", "[demo]")
{
    test::TempProfile temp;
    Profile& profile = temp.openDemo();
    auto rows = ApplicantList(profile.database()).all();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 13);

    QSet<ApplicantStatus> statuses;
    int unassigned = 0;
    int overdue = 0;
    const ApplicantRow* roomE = nullptr;
    const ApplicantRow* roomK = nullptr;
    for (const ApplicantRow& row : rows.value()) {
        const Applicant& a = row.applicant;
        INFO("applicant " << a.anonymousName.toStdString());
        statuses.insert(a.status);
        CHECK(a.receivedAt.isValid());
        CHECK(a.receivedAt <= testNow());
        if (a.firstReplyAt.isValid()) {
            CHECK(a.firstReplyAt >= a.receivedAt);
            CHECK(a.firstReplyAt <= testNow());
        }
        if (a.roomId == 0) {
            ++unassigned;
            CHECK(row.roomCode.isEmpty());
        }
        const bool late = isAwaitingReply(a) && waitingDays(a, testNow()) >= row.replyDeadlineDays;
        overdue += late ? 1 : 0;
        if (isAwaitingReply(a) && row.roomCode == QStringLiteral("E"))
            roomE = &row;
        if (isAwaitingReply(a) && row.roomCode == QStringLiteral("K"))
            roomK = &row;
    }
    CHECK(statuses.size() >= 6);
    CHECK(unassigned >= 1);
    CHECK(overdue >= 1);

    // Room E's applicant arrived four days ago (18 Nov, 22:40) against a three-day deadline: past it.
    REQUIRE(roomE != nullptr);
    CHECK(roomE->replyDeadlineDays == 3);
    CHECK(roomE->applicant.receivedAt.toTimeZone(QTimeZone("Asia/Tokyo")).date() == QDate(2026, 11, 18));
    CHECK(roomE->applicant.receivedAt.addDays(roomE->replyDeadlineDays) < testNow());
    CHECK(waitingDays(roomE->applicant, testNow()) >= roomE->replyDeadlineDays);

    // Room K's applicant arrived two days ago against a five-day deadline: still in time.
    REQUIRE(roomK != nullptr);
    CHECK(roomK->replyDeadlineDays == 5);
    CHECK(waitingDays(roomK->applicant, testNow()) == 2);
    CHECK(roomK->applicant.receivedAt.addDays(roomK->replyDeadlineDays) > testNow());
    CHECK(waitingDays(roomK->applicant, testNow()) < roomK->replyDeadlineDays);

    auto awaiting = ApplicantList(profile.database()).awaitingCountByRoom();
    REQUIRE(awaiting.ok());
    CHECK(awaiting->value(0) == unassigned);
    CHECK(awaiting->value(roomE->applicant.roomId) >= 1);
}

TEST_CASE("The demo profile holds only fictional addresses and links", "[demo]")
{
    test::TempProfile temp;
    Profile& profile = temp.openDemo();
    const QStringList values = allText(profile.database().connection());
    REQUIRE_FALSE(values.isEmpty());

    static const QRegularExpression mail(QStringLiteral("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*)"));
    static const QRegularExpression link(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://([^/\\s\"'<>)]+)"));
    int addresses = 0;
    int links = 0;
    for (const QString& value : values) {
        for (auto it = mail.globalMatch(value); it.hasNext();) {
            const auto match = it.next();
            INFO("address " << match.captured(0).toStdString());
            CHECK(isFictionalDomain(match.captured(1)));
            ++addresses;
        }
        for (auto it = link.globalMatch(value); it.hasNext();) {
            const auto match = it.next();
            INFO("link " << match.captured(0).toStdString());
            CHECK(isFictionalDomain(match.captured(1)));
            ++links;
        }
    }
    // The scan saw the applicants', the rooms' and the contacts' addresses, so it proves something.
    CHECK(addresses >= 13 + 12);
    CHECK(links >= 12);
}

TEST_CASE("The demo profile has meetings this week and attendance for past meetings only", "[demo]")
{
    test::TempProfile temp;
    Profile& profile = temp.openDemo();
    MeetingRepository meetings(profile.database());
    auto series = meetings.allSeries();
    REQUIRE(series.ok());
    auto upcoming =
        OccurrencePlanner(profile.database()).forAll(series.value(), testNow(), testNow().addDays(42), 1000);
    REQUIRE(upcoming.ok());
    REQUIRE_FALSE(upcoming->isEmpty());
    auto rooms = RoomRepository(profile.database()).all();
    REQUIRE(rooms.ok());
    QHash<qint64, QString> codes;
    for (const Room& room : rooms.value())
        codes.insert(room.id, room.code);

    const QDateTime weekEnd = testNow().addDays(7);
    QStringList thisWeek;
    QSet<QString> roomsWithMeetings;
    int cancelled = 0;
    int extra = 0;
    for (const PlannedOccurrence& row : upcoming.value()) {
        const QString code = codes.value(row.roomId);
        const QString when = wallClock(row.start);
        INFO(code.toStdString() << " " << when.toStdString());
        CHECK(when >= wallClock(testNow()));
        roomsWithMeetings.insert(code);
        cancelled += row.cancelled ? 1 : 0;
        if (row.extra) {
            ++extra;
            CHECK(code == QStringLiteral("K"));
        }
        if (row.cancelled)
            CHECK(code == QStringLiteral("G"));
        if (when < wallClock(weekEnd))
            thisWeek << code + QLatin1Char(' ') + when;
    }
    // Room G's next meeting is cancelled and Room K has an extra meeting: the host's changes show.
    CHECK(cancelled == 1);
    CHECK(extra == 1);
    CHECK(thisWeek.size() >= 7);
    CHECK(thisWeek.contains(QStringLiteral("D 2026-11-24 19:00")));
    // 24 Nov 2026 is a Tuesday, the joint D/DA/DF meeting night.
    CHECK(QDate(2026, 11, 24).dayOfWeek() == Qt::Tuesday);
    CHECK_FALSE(roomsWithMeetings.contains(QStringLiteral("A")));
    CHECK_FALSE(roomsWithMeetings.contains(QStringLiteral("N女")));
    CHECK(roomsWithMeetings.contains(QStringLiteral("K")));
    CHECK(roomsWithMeetings.contains(QStringLiteral("三森")));

    // Upcoming rows are sorted by start.
    for (int i = 1; i < upcoming->size(); ++i)
        CHECK(upcoming->at(i - 1).start <= upcoming->at(i).start);

    const QSqlDatabase db = profile.database().connection();
    const QString now = wallClock(testNow()).replace(QLatin1Char(' '), QLatin1Char('T'));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM attendance a JOIN occurrences o ON o.id = a.occurrence_id "
                             "WHERE o.starts_at >= ?"));
    q.addBindValue(now);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(rowCount(db, QStringLiteral("attendance")) > 0);

    // Every past joint meeting of Room D was counted.
    q.prepare(
        QStringLiteral("SELECT COUNT(*), COUNT(a.occurrence_id) FROM occurrences o "
                       "JOIN meeting_series s ON s.id = o.series_id JOIN rooms r ON r.id = s.room_id "
                       "LEFT JOIN attendance a ON a.occurrence_id = o.id WHERE r.code = 'D' AND o.starts_at < ?"));
    q.addBindValue(now);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 14);
    CHECK(q.value(1).toInt() == q.value(0).toInt());

    auto summary = meetings.attendanceByRoom(testNow().addDays(-28), testNow());
    REQUIRE(summary.ok());
    REQUIRE_FALSE(summary->isEmpty());
    for (const RoomAttendanceSummary& s : summary.value()) {
        INFO("room " << s.roomCode.toStdString());
        CHECK(s.meetingsHeld > 0);
        CHECK(s.total() > 0);
        CHECK(s.firstTimers <= s.total());
        CHECK(s.roomCode != QStringLiteral("A"));
        CHECK(s.roomCode != QStringLiteral("N女"));
    }
}

TEST_CASE("The demo is the same every time it is seeded", "[demo]")
{
    auto snapshot = [](test::TempProfile& temp) {
        const QSqlDatabase db = temp.openDemo().database().connection();
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT o.starts_at, a.persons, a.families, a.supporters, a.others, "
                                      "a.first_timers FROM attendance a JOIN occurrences o "
                                      "ON o.id = a.occurrence_id ORDER BY o.id")));
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 6; ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char(','));
        }
        return rows;
    };
    test::TempProfile first;
    test::TempProfile second;
    const QStringList a = snapshot(first);
    CHECK_FALSE(a.isEmpty());
    CHECK(a == snapshot(second));
}

TEST_CASE("The demo is only seeded into an empty profile, all or nothing", "[demo]")
{
    test::TempProfile temp;

    SECTION("seeding twice is refused")
    {
        Profile& profile = temp.openDemo();
        const int applicants = rowCount(profile.database(), QStringLiteral("applicants"));
        const int occurrences = rowCount(profile.database(), QStringLiteral("occurrences"));
        auto again = DemoSeeder(profile.database(), temp.clock()).seed();
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == StoreError::ConstraintViolated);
        CHECK(rowCount(profile.database(), QStringLiteral("rooms")) == 12);
        CHECK(rowCount(profile.database(), QStringLiteral("applicants")) == applicants);
        CHECK(rowCount(profile.database(), QStringLiteral("occurrences")) == occurrences);
    }
    SECTION("a failure half-way leaves nothing of the demo behind")
    {
        Profile& profile = temp.open();
        // A host with a demo host's name: the rooms and meetings go in first, then the hosts clash.
        Host host;
        host.displayName = QStringLiteral("ハル");
        REQUIRE(HostRepository(profile.database()).insert(host).ok());
        auto seeded = DemoSeeder(profile.database(), temp.clock()).seed();
        REQUIRE_FALSE(seeded.ok());
        CHECK(seeded.error().code == StoreError::ConstraintViolated);
        for (const char* table : {"rooms", "meeting_series", "occurrences", "attendance", "applicants", "contacts",
                                  "members", "audit_log"}) {
            INFO(table);
            CHECK(rowCount(profile.database(), QLatin1String(table)) == 0);
        }
        CHECK(rowCount(profile.database(), QStringLiteral("hosts")) == 1);
    }
}

} // namespace tsunagu
