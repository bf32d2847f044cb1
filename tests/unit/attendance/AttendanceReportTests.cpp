// SPDX-License-Identifier: GPL-3.0-or-later
// Report figures against values computed by hand: cumulative and average attendance, shares that add up to
// 100.0 %, members joined, referral sources, the median first-reply time.
#include "RepositoryFixture.h"

#include "attendance/AttendanceReport.h"
#include "storage/AttendanceRepository.h"
#include "storage/MemberRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace tsunagu {

using Store = test::RepositoryFixture;
using test::japan;

TEST_CASE("The seed's figure for Room D comes out as the host reports it", "[attendance][report]")
{
    // 延べ24,752名: 本人 8,961 (36.2 %), 家族 7,772 (31.4 %), 支援者 4,000, その他 4,019.
    AttendanceTotals t;
    t.persons = 8961;
    t.families = 7772;
    t.supporters = 4000;
    t.others = 4019;
    const auto shares = AttendanceReport::shares(t);
    CHECK(shares[0] == 362);
    CHECK(shares[1] == 314);
    CHECK(shares[2] == 162);
    CHECK(shares[3] == 162);
    CHECK(shares[0] + shares[1] + shares[2] + shares[3] == 1000);
    CHECK(AttendanceReport::shares(AttendanceTotals{}) == std::array<int, 4>{0, 0, 0, 0});
    CHECK(AttendanceReport::median({}) == -1);
    CHECK(AttendanceReport::median({5, 1, 3}) == 3);
    CHECK(AttendanceReport::median({4, 1, 3, 10}) == 3);
}

TEST_CASE("A room's report over a period sums the meetings held in it", "[attendance][report]")
{
    Store store;
    const qint64 room = store.addRoom(QStringLiteral("D"));
    const qint64 other = store.addRoom(QStringLiteral("E"), 1);
    const qint64 series = store.addSeries(room, QStringLiteral("合同Zoom断酒例会"));
    const qint64 otherSeries = store.addSeries(other, QStringLiteral("ルームE"));
    AttendanceRepository attendance(store.db);
    auto held = [&](qint64 s, const QDateTime& at, int p, int f, int su, int o, int first, bool cancelled = false) {
        const qint64 id = store.addOccurrence(s, at, cancelled);
        REQUIRE(attendance.record({id, p, f, su, o, first}, {}, at, false).ok());
    };
    held(series, japan(2026, 11, 3, 19), 20, 18, 10, 12, 2);     // 60
    held(series, japan(2026, 11, 6, 19), 22, 19, 8, 9, 1);       // 58
    held(series, japan(2026, 11, 10, 19), 23, 19, 12, 10, 3);    // 64
    held(series, japan(2026, 11, 13, 19), 50, 0, 0, 0, 0, true); // cancelled: not counted
    held(series, japan(2026, 12, 1, 19), 99, 0, 0, 0, 0);        // after the period
    held(otherSeries, japan(2026, 11, 3, 19), 7, 0, 0, 0, 0);    // another room

    MemberRepository members(store.db);
    for (const auto& joined : {QDate(2026, 11, 2), QDate(2026, 11, 30), QDate(2026, 12, 1)}) {
        Member m;
        m.roomId = room;
        m.anonymousName = QStringLiteral("member %1").arg(joined.day());
        m.joinedOn = joined;
        REQUIRE(members.insert(m).ok());
    }
    const qint64 a1 = store.addApplicant(room, QStringLiteral("a1"), japan(2026, 11, 2, 10, 0));
    const qint64 a2 = store.addApplicant(room, QStringLiteral("a2"), japan(2026, 11, 5, 10, 0));
    const qint64 a3 = store.addApplicant(room, QStringLiteral("a3"), japan(2026, 11, 9, 10, 0));
    QSqlQuery q(store.db.connection());
    // First replies after 2 h, 10 h and 30 h: the median is 10 h. Referral sources as the applicants wrote them.
    REQUIRE(q.exec(QStringLiteral("UPDATE applicants SET first_reply_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                                  "received_at, '+2 hours'), referral_source = 'クリニック' WHERE id = %1")
                       .arg(a1)));
    REQUIRE(q.exec(QStringLiteral("UPDATE applicants SET first_reply_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                                  "received_at, '+10 hours'), referral_source = 'クリニック' WHERE id = %1")
                       .arg(a2)));
    REQUIRE(q.exec(QStringLiteral("UPDATE applicants SET first_reply_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                                  "received_at, '+30 hours'), referral_source = '保健所' WHERE id = %1")
                       .arg(a3)));

    auto report =
        AttendanceReportBuilder(store.db).build(room, QStringLiteral("D"), QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(report.ok());
    CHECK(report->totals.meetingsHeld == 3);
    CHECK(report->totals.total() == 182);
    CHECK(report->totals.persons == 65);
    CHECK(report->totals.families == 56);
    CHECK(report->totals.firstTimers == 6);
    CHECK(report->averagePerMeeting == Approx(182.0 / 3));
    // 65/182 = 35.71 %, 56/182 = 30.77 %, 30/182 = 16.48 %, 31/182 = 17.03 %: floors 357+307+164+170 = 998, the
    // two tenths left go to the largest remainders (supporters .84, families .69).
    CHECK(report->sharesPermille == std::array<int, 4>{357, 308, 165, 170});
    CHECK(report->membersJoined == 2);
    REQUIRE(report->referralSources.size() == 2);
    CHECK(report->referralSources.at(0) == qMakePair(QStringLiteral("クリニック"), 2));
    CHECK(report->referralSources.at(1) == qMakePair(QStringLiteral("保健所"), 1));
    CHECK(report->medianFirstReplySeconds == 10 * 3600);
    REQUIRE(report->meetings.size() == 3);
    CHECK(report->meetings.at(2).total == 64);

    // Every room: Room E's 7 as well.
    auto all = AttendanceReportBuilder(store.db).build(0, {}, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(all.ok());
    CHECK(all->totals.meetingsHeld == 4);
    CHECK(all->totals.total() == 189);
}

} // namespace tsunagu
