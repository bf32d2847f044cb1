// SPDX-License-Identifier: GPL-3.0-or-later
// Every seed room's schedule expanded by libical over a year, against dates computed here by plain calendar
// arithmetic; bad rules are refused; the starts read right from Los Angeles and London.
#include "schedule/Recurrence.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <functional>

namespace tsunagu {
namespace {

const QTimeZone s_japan("Asia/Tokyo");

// Which of its weekday a date is in its month: 1 for the first Tuesday, 2 for the second, …
int nthInMonth(const QDate& d)
{
    return (d.day() - 1) / 7 + 1;
}

// Days from `first` for a year on which `meets` holds, at `time` in Japan.
QVector<QDateTime> expected(const QDate& first, const QTime& time, const std::function<bool(const QDate&)>& meets)
{
    QVector<QDateTime> list;
    for (QDate d = first; d < first.addYears(1); d = d.addDays(1)) {
        if (meets(d))
            list.append(QDateTime(d, time, s_japan));
    }
    return list;
}

QStringList texts(const QVector<QDateTime>& list)
{
    QStringList out;
    for (const QDateTime& t : list)
        out << t.toString(QStringLiteral("yyyy-MM-dd ddd HH:mm"));
    return out;
}

struct Shape
{
    const char* room;
    const char* rrule;
    QTime time;
    std::function<bool(const QDate&)> meets;
};

} // namespace

TEST_CASE("Each seed schedule gives, over a year, the dates plain calendar arithmetic gives", "[schedule]")
{
    // 2026-12-01 is a Tuesday; the biweekly rule's weeks count from the week of its first meeting.
    const QDate first(2026, 12, 1);
    const QDate nfAnchorMonday(2026, 11, 30);
    const std::vector<Shape> shapes = {
        {"D", "FREQ=WEEKLY;BYDAY=TU,FR", QTime(19, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 2 || d.dayOfWeek() == 5;
         }},
        {"DA", "FREQ=MONTHLY;BYDAY=3TU", QTime(21, 10),
         [](const QDate& d) {
             return d.dayOfWeek() == 2 && nthInMonth(d) == 3;
         }},
        {"DF", "FREQ=MONTHLY;BYDAY=1SU,3SU", QTime(14, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 7 && (nthInMonth(d) == 1 || nthInMonth(d) == 3);
         }},
        {"N", "FREQ=MONTHLY;BYDAY=2TH,4TH", QTime(19, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 4 && (nthInMonth(d) == 2 || nthInMonth(d) == 4);
         }},
        {"NF", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR", QTime(20, 0),
         [&](const QDate& d) {
             const qint64 week = nfAnchorMonday.daysTo(d) / 7;
             return week % 2 == 0 && (d.dayOfWeek() == 1 || d.dayOfWeek() == 5);
         }},
        {"G", "FREQ=WEEKLY;BYDAY=TH", QTime(22, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 4;
         }},
        {"NG", "FREQ=WEEKLY;BYDAY=WE", QTime(20, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 3;
         }},
        {"E", "FREQ=MONTHLY;BYDAY=2TU,4TU", QTime(19, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 2 && (nthInMonth(d) == 2 || nthInMonth(d) == 4);
         }},
        // The open meeting every two months, on the third Sunday, from December.
        {"E open", "FREQ=MONTHLY;INTERVAL=2;BYDAY=3SU", QTime(14, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 7 && nthInMonth(d) == 3 && (d.month() % 2) == 0;
         }},
        {"K", "FREQ=WEEKLY;BYDAY=MO", QTime(19, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 1;
         }},
        {"三森", "FREQ=WEEKLY;BYDAY=SU", QTime(21, 0),
         [](const QDate& d) {
             return d.dayOfWeek() == 7;
         }},
    };
    for (const Shape& shape : shapes) {
        INFO(shape.room << " " << shape.rrule);
        const QString rule = QString::fromLatin1(shape.rrule);
        auto firstStart = Recurrence::firstOccurrence(rule, QDateTime(first, shape.time, s_japan));
        REQUIRE(firstStart.ok());
        const QVector<QDateTime> want = expected(first, shape.time, shape.meets);
        REQUIRE_FALSE(want.isEmpty());
        CHECK(firstStart.value() == want.first());
        const QVector<QDateTime> got = Recurrence::starts(rule, firstStart.value(), firstStart.value(),
                                                          QDateTime(first.addYears(1), QTime(0, 0), s_japan));
        CHECK(texts(got) == texts(want));
        for (const QDateTime& start : got)
            CHECK(start.timeZone() == s_japan);
    }
}

TEST_CASE("A period in the middle of a series and a limit give just those starts", "[schedule]")
{
    const QDateTime firstStart(QDate(2026, 12, 1), QTime(19, 0), s_japan);
    const QDateTime from(QDate(2027, 3, 1), QTime(0, 0), s_japan);
    const auto got =
        Recurrence::starts(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR"), firstStart, from, from.addYears(1), 3);
    CHECK(texts(got) == QStringList{QStringLiteral("2027-03-02 Tue 19:00"), QStringLiteral("2027-03-05 Fri 19:00"),
                                    QStringLiteral("2027-03-09 Tue 19:00")});
    // A moment in another zone marks the same instant: 2027-03-01 10:00 UTC is 19:00 in Japan.
    const QDateTime utc(QDate(2027, 3, 2), QTime(10, 0), Qt::UTC);
    const auto fromUtc = Recurrence::starts(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR"), firstStart, utc, utc.addDays(7));
    REQUIRE_FALSE(fromUtc.isEmpty());
    CHECK(fromUtc.first() == QDateTime(QDate(2027, 3, 2), QTime(19, 0), s_japan));
}

TEST_CASE("Rules libical refuses, and rules without a single date, are told apart", "[schedule]")
{
    const QDateTime start(QDate(2026, 12, 1), QTime(19, 0), s_japan);
    for (const char* bad : {"FREQ=FORTNIGHTLY", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;COUNT=0", "RRULE RRULE"}) {
        INFO(bad);
        auto result = Recurrence::firstOccurrence(QString::fromLatin1(bad), start);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == RecurrenceError::Malformed);
        CHECK(Recurrence::starts(QString::fromLatin1(bad), start, start, start.addYears(1)).isEmpty());
    }
    auto never = Recurrence::firstOccurrence(QStringLiteral("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31"), start);
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().code == RecurrenceError::NeverOccurs);
    auto none = Recurrence::firstOccurrence(QStringLiteral("FREQ=WEEKLY"), QDateTime());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == RecurrenceError::NoStart);
    // An empty rule is one meeting.
    auto single = Recurrence::firstOccurrence(QString(), start);
    REQUIRE(single.ok());
    CHECK(single.value() == start);
    CHECK(Recurrence::starts(QString(), start, start.addDays(-1), start.addDays(1)).size() == 1);
}

TEST_CASE("Even a rule that repeats every second is bounded", "[schedule]")
{
    const QDateTime start(QDate(2026, 12, 1), QTime(19, 0), s_japan);
    const auto got = Recurrence::starts(QStringLiteral("FREQ=SECONDLY"), start, start, start.addYears(10));
    CHECK(got.size() == Recurrence::s_maxStarts);
}

TEST_CASE("An applicant abroad sees the meetings at their own local time, DST included", "[schedule]")
{
    const QDateTime firstStart(QDate(2026, 12, 1), QTime(19, 0), s_japan);
    const QTimeZone la("America/Los_Angeles");
    const QTimeZone london("Europe/London");
    const auto winter = Recurrence::starts(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR"), firstStart,
                                           QDateTime(QDate(2026, 12, 8), QTime(0, 0), s_japan),
                                           QDateTime(QDate(2026, 12, 9), QTime(0, 0), s_japan));
    REQUIRE(winter.size() == 1);
    // Tuesday 19:00 in Japan (UTC+9) is Tuesday 02:00 in Los Angeles (PST, UTC-8) and 10:00 in London (GMT).
    CHECK(winter.first().toTimeZone(la).toString(QStringLiteral("yyyy-MM-dd HH:mm")) ==
          QStringLiteral("2026-12-08 02:00"));
    CHECK(winter.first().toTimeZone(london).toString(QStringLiteral("yyyy-MM-dd HH:mm")) ==
          QStringLiteral("2026-12-08 10:00"));
    const auto summer = Recurrence::starts(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR"), firstStart,
                                           QDateTime(QDate(2027, 7, 6), QTime(0, 0), s_japan),
                                           QDateTime(QDate(2027, 7, 7), QTime(0, 0), s_japan));
    REQUIRE(summer.size() == 1);
    // In July: PDT (UTC-7) and BST (UTC+1); Japan's clock does not move.
    CHECK(summer.first().toTimeZone(la).toString(QStringLiteral("yyyy-MM-dd HH:mm")) ==
          QStringLiteral("2027-07-06 03:00"));
    CHECK(summer.first().toTimeZone(london).toString(QStringLiteral("yyyy-MM-dd HH:mm")) ==
          QStringLiteral("2027-07-06 11:00"));
    // A Tuesday 08:00 meeting in Japan is still Monday evening in Los Angeles.
    const QDateTime early(QDate(2026, 12, 8), QTime(8, 0), s_japan);
    CHECK(early.toTimeZone(la).toString(QStringLiteral("yyyy-MM-dd HH:mm")) == QStringLiteral("2026-12-07 15:00"));
}

} // namespace tsunagu
