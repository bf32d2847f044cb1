// SPDX-License-Identifier: GPL-3.0-or-later
// The seed rooms' schedules in the words a host uses, in Japanese and English.
#include "schedule/ScheduleText.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace tsunagu {
namespace {

MeetingSeries series(const char* rrule, QTime start, int minutes, int beginner = 0)
{
    MeetingSeries s;
    s.rrule = QString::fromLatin1(rrule);
    s.firstStart = QDateTime(QDate(2026, 12, 1), start, QTimeZone("Asia/Tokyo"));
    s.durationMinutes = minutes;
    s.beginnerOffsetMinutes = beginner;
    return s;
}

} // namespace

TEST_CASE("Every seed schedule is described in plain Japanese and English", "[schedule]")
{
    struct Row
    {
        MeetingSeries s;
        const char* ja;
        const char* en;
    };
    const std::vector<Row> rows = {
        {series("FREQ=WEEKLY;BYDAY=TU,FR", QTime(19, 0), 120), "毎週火・金 19:00–21:00",
         "Every Tue and Fri, 19:00–21:00"},
        {series("FREQ=MONTHLY;BYDAY=2TH,4TH", QTime(19, 0), 90), "第2・第4木曜 19:00–20:30",
         "2nd and 4th Thu of every month, 19:00–20:30"},
        {series("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR", QTime(20, 0), 90, 30),
         "隔週 月・金 20:00–21:30（ビギナータイム19:30〜）",
         "Every other week, Mon and Fri, 20:00–21:30 (beginner time from 19:30)"},
        {series("FREQ=MONTHLY;BYDAY=3TU", QTime(21, 10), 90), "毎月第3火曜 21:10–22:40",
         "3rd Tue of every month, 21:10–22:40"},
        {series("FREQ=MONTHLY;INTERVAL=2;BYDAY=3SU", QTime(14, 0), 120), "2か月に1度 第3日曜 14:00–16:00",
         "Every 2 months, 3rd Sun, 14:00–16:00"},
        {series("FREQ=MONTHLY;INTERVAL=2", QTime(14, 0), 120), "2か月に1度 14:00–16:00", "Every 2 months, 14:00–16:00"},
        {series("FREQ=WEEKLY;BYDAY=MO", QTime(19, 0), 120), "毎週月曜 19:00–21:00", "Every Mon, 19:00–21:00"},
        {series("FREQ=MONTHLY;BYDAY=-1FR", QTime(19, 0), 60), "毎月最終金曜 19:00–20:00",
         "last Fri of every month, 19:00–20:00"},
        {series("", QTime(19, 0), 120), "2026年12月1日(火) 19:00–21:00", "Tue 1 Dec 2026, 19:00–21:00"},
        // A shape outside the words: the rule itself, never a wrong sentence.
        {series("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1", QTime(10, 0), 60),
         "RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1 10:00–11:00",
         "RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1, 10:00–11:00"},
    };
    for (const Row& row : rows) {
        INFO(row.s.rrule.toStdString());
        CHECK(ScheduleText::describe(row.s, QStringLiteral("ja")) == QString::fromUtf8(row.ja));
        CHECK(ScheduleText::describe(row.s, QStringLiteral("en")) == QString::fromUtf8(row.en));
    }
}

} // namespace tsunagu
