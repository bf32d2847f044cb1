// SPDX-License-Identifier: GPL-3.0-or-later
// A Zoom list made into one meeting's attendance: matched to members (by anonymous name or the host's alias),
// previewed, saved in one transaction; another night's list, a room without a meeting that day and a second
// import of the same night are refused with nothing saved.
#include "RepositoryFixture.h"

#include "attendance/AttendanceImporter.h"
#include "storage/AttendanceRepository.h"
#include "storage/MemberRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tsunagu {

using Store = test::RepositoryFixture;
using test::japan;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(TSUNAGU_ZOOM_DATA "/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct RoomD
{
    Store store;
    qint64 room = store.addRoom(QStringLiteral("D"));
    qint64 series = store.addSeries(room, QStringLiteral("合同Zoom断酒例会")); // Tue and Fri 19:00 from 2 Oct 2026
    MemberRepository members{store.db};
    AttendanceRepository attendance{store.db};
    qint64 sakura = addMember(QStringLiteral("さくら"), Category::Person);
    qint64 taro = addMember(QStringLiteral("たろう"), Category::Person);
    qint64 suzume = addMember(QStringLiteral("すずめ"), Category::Family);

    qint64 addMember(const QString& name, Category category)
    {
        Member m;
        m.roomId = room;
        m.anonymousName = name;
        m.category = category;
        auto id = members.insert(m);
        REQUIRE(id.ok());
        return id.value();
    }
};

ZoomImportOptions options()
{
    ZoomImportOptions o;
    o.hostNames = {QStringLiteral("ホストのはる")};
    return o;
}

} // namespace

TEST_CASE("A Zoom list becomes the counts and roster of that night's meeting, after a preview", "[attendance]")
{
    RoomD d;
    // Zoom shows "すずめ, 家族"; the host mapped that name to the member すずめ once.
    REQUIRE(d.attendance.setAlias(d.room, ZoomParticipants::foldName(QStringLiteral("すずめ, 家族")), d.suzume).ok());
    AttendanceImporter importer(d.store.db);
    auto preview = importer.preview(fixture("classic.csv"), d.room, QDate(2026, 12, 1), options());
    INFO(preview.error().detail.toStdString());
    REQUIRE(preview.ok());
    CHECK(preview->meeting.start == japan(2026, 12, 1, 19, 0));
    CHECK(preview->meeting.occurrenceId == 0); // only planned so far
    REQUIRE(preview->people.size() == 4);
    CHECK(preview->counts.persons == 2);  // さくら, たろう
    CHECK(preview->counts.families == 1); // すずめ through the alias
    CHECK(preview->counts.others == 1);   // ゆき, not a member
    CHECK(preview->counts.total() == 4);
    // Nothing is saved by a preview.
    CHECK(test::rowCount(d.store.db, QStringLiteral("attendance")) == 0);

    auto saved = importer.save(preview.value(), japan(2026, 12, 2, 9, 0), false);
    REQUIRE(saved.ok());
    auto counts = d.attendance.attendanceOf(saved.value());
    REQUIRE(counts.ok());
    CHECK(counts->persons == 2);
    CHECK(counts->families == 1);
    CHECK(counts->others == 1);
    auto roster = d.attendance.rosterOf(saved.value());
    REQUIRE(roster.ok());
    CHECK(roster->size() == 3);
    CHECK(roster->contains(d.sakura));
    CHECK(roster->contains(d.suzume));
    // No address from the CSV is anywhere in the database.
    for (const char* table : {"attendance", "attendance_members", "attendance_aliases", "members", "occurrences"}) {
        QSqlQuery q(d.store.db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                CHECK_FALSE(q.value(i).toString().contains(QLatin1String("@example.org")));
        }
    }

    // The same night again: refused, nothing doubled; with replace it overwrites.
    auto again = importer.preview(fixture("sentence-case.csv"), d.room, QDate(2026, 12, 1), options());
    REQUIRE(again.ok());
    CHECK(again->alreadyRecorded);
    auto refused = importer.save(again.value(), japan(2026, 12, 2, 9, 5), false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ImportError::AlreadyRecorded);
    CHECK(test::rowCount(d.store.db, QStringLiteral("attendance")) == 1);
    CHECK(test::rowCount(d.store.db, QStringLiteral("occurrences")) == 1);
    auto replaced = importer.save(again.value(), japan(2026, 12, 2, 9, 5), true);
    REQUIRE(replaced.ok());
    CHECK(replaced.value() == saved.value());
    CHECK(test::rowCount(d.store.db, QStringLiteral("attendance")) == 1);
}

TEST_CASE("Another night's list, a day without a meeting and a broken file are refused", "[attendance][bad-input]")
{
    RoomD d;
    AttendanceImporter importer(d.store.db);
    auto otherDate = importer.preview(fixture("other-date.csv"), d.room, QDate(2026, 12, 1), options());
    REQUIRE_FALSE(otherDate.ok());
    CHECK(otherDate.error().code == ImportError::OtherDate);
    CHECK(otherDate.error().detail == QStringLiteral("2026-12-04"));
    // Wednesday 2 December: Room D does not meet.
    auto noMeeting = importer.preview(fixture("unique-users.csv"), d.room, QDate(2026, 12, 2), options());
    REQUIRE_FALSE(noMeeting.ok());
    CHECK(noMeeting.error().code == ImportError::NoMeeting);
    auto unrelated = importer.preview(fixture("unrelated.csv"), d.room, QDate(2026, 12, 1), options());
    REQUIRE_FALSE(unrelated.ok());
    CHECK(unrelated.error().code == ImportError::Csv);
    // A cancelled meeting takes no attendance.
    REQUIRE(d.store.meetings.cancelOccurrence(d.series, japan(2026, 12, 1, 19, 0), {}).ok());
    auto cancelled = importer.preview(fixture("classic.csv"), d.room, QDate(2026, 12, 1), options());
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ImportError::NoMeeting);
    CHECK(test::rowCount(d.store.db, QStringLiteral("attendance")) == 0);
}

TEST_CASE("A list read beforehand is previewed for a chosen meeting and saved with the aliases the host gave",
          "[attendance]")
{
    RoomD d;
    AttendanceImporter importer(d.store.db);
    auto list = ZoomParticipants::read(fixture("classic.csv"), options());
    REQUIRE(list.ok());
    auto meeting = importer.meetingOn(d.room, QDate(2026, 12, 1), {});
    REQUIRE(meeting.ok());
    auto preview = importer.previewFor(list.value(), meeting.value());
    REQUIRE(preview.ok());
    CHECK(preview->members.size() == 3);
    CHECK(preview->counts.families == 0); // "すずめ, 家族" is nobody yet
    CHECK(preview->counts.others == 2);

    // The host says "すずめ, 家族" is the member すずめ (a family member) and ゆき came for the first time.
    ImportPreview edited = preview.value();
    for (ImportedPerson& p : edited.people) {
        if (p.participant.name == QStringLiteral("すずめ, 家族")) {
            p.memberId = d.suzume;
            p.category = Category::Family;
        } else if (p.participant.name == QStringLiteral("ゆき")) {
            p.firstTime = true;
        }
    }
    edited.counts = AttendanceImporter::countsOf(edited.people);
    CHECK(edited.counts.families == 1);
    CHECK(edited.counts.firstTimers == 1);
    const QString folded = ZoomParticipants::foldName(QStringLiteral("すずめ, 家族"));
    auto saved = importer.save(edited, japan(2026, 12, 2, 9, 0), false, {{folded, d.suzume}});
    REQUIRE(saved.ok());
    auto counts = d.attendance.attendanceOf(saved.value());
    REQUIRE(counts.ok());
    CHECK(counts->families == 1);
    CHECK(counts->firstTimers == 1);
    auto aliases = d.attendance.aliases(d.room);
    REQUIRE(aliases.ok());
    CHECK(aliases->value(folded) == d.suzume);

    // A save that is refused stores none of the aliases it carried either.
    auto refused = importer.save(edited, japan(2026, 12, 2, 9, 5), false,
                                 {{ZoomParticipants::foldName(QStringLiteral("ゆき")), d.taro}});
    REQUIRE_FALSE(refused.ok());
    CHECK(d.attendance.aliases(d.room)->size() == 1);

    // The list of another night against this meeting: refused, naming the list's date.
    auto other = ZoomParticipants::read(fixture("other-date.csv"), options());
    REQUIRE(other.ok());
    auto wrong = importer.previewFor(other.value(), meeting.value());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ImportError::OtherDate);
    CHECK(wrong.error().detail == QStringLiteral("2026-12-04"));
}

} // namespace tsunagu
