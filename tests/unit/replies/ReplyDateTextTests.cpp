// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and times as replies write them, whatever the locale and zone of the PC.
#include "StorageTestSupport.h"

#include "replies/ReplyDateText.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace tsunagu;

namespace {

QDateTime japanAt(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Asia/Tokyo"));
}

} // namespace

TEST_CASE("Japanese dates are written as 2026年12月1日(火) 19:00")
{
    CHECK(ReplyDateText::japaneseDateTime(japanAt(2026, 12, 1, 19)) == QStringLiteral("2026年12月1日(火) 19:00"));
    CHECK(ReplyDateText::japaneseDateTime(japanAt(2027, 1, 10, 9, 5)) == QStringLiteral("2027年1月10日(日) 09:05"));
    CHECK(ReplyDateText::japaneseDate(QDate(2026, 11, 29)) == QStringLiteral("2026年11月29日(日)"));
    const QStringList days{QStringLiteral("月"), QStringLiteral("火"), QStringLiteral("水"), QStringLiteral("木"),
                           QStringLiteral("金"), QStringLiteral("土"), QStringLiteral("日")};
    for (int i = 0; i < 7; ++i) // 30 Nov 2026 is a Monday
        CHECK(ReplyDateText::japaneseDate(QDate(2026, 11, 30).addDays(i)).contains(QLatin1Char('(') + days.at(i)));
    CHECK(ReplyDateText::japaneseDate(QDate()).isEmpty());
}

TEST_CASE("English dates are written as Tue 1 Dec 2026, 19:00")
{
    CHECK(ReplyDateText::englishDateTime(japanAt(2026, 12, 1, 19)) == QStringLiteral("Tue 1 Dec 2026, 19:00"));
    CHECK(ReplyDateText::date(QDate(2026, 11, 29), QStringLiteral("en")) == QStringLiteral("Sun 29 Nov 2026"));
    CHECK(ReplyDateText::date(QDate(2026, 11, 29), QStringLiteral("ja")) == QStringLiteral("2026年11月29日(日)"));
}

TEST_CASE("A meeting line is in Japan time, and in the applicant's zone too when that clock differs")
{
    const QDateTime start = japanAt(2026, 12, 1, 19);
    CHECK(ReplyDateText::meetingLine(start, 120, {}, QStringLiteral("ja")) ==
          QStringLiteral("2026年12月1日(火) 19:00〜21:00"));
    CHECK(ReplyDateText::meetingLine(start, 0, {}, QStringLiteral("ja")) == QStringLiteral("2026年12月1日(火) 19:00"));
    CHECK(ReplyDateText::meetingLine(start, 120, {}, QStringLiteral("en")) ==
          QStringLiteral("Tue 1 Dec 2026, 19:00–21:00 (Japan time)"));
    // The same moment given in another zone is still written in Japan time.
    CHECK(ReplyDateText::meetingLine(start.toUTC(), 120, {}, QStringLiteral("ja")) ==
          QStringLiteral("2026年12月1日(火) 19:00〜21:00"));

    // 19:00 in Tokyo is 02:00 the same day in Los Angeles (PST, UTC-8).
    const QString ja =
        ReplyDateText::meetingLine(start, 120, QStringLiteral("America/Los_Angeles"), QStringLiteral("ja"));
    CHECK(
        ja.startsWith(QStringLiteral("2026年12月1日(火) 19:00〜21:00（日本時間）／2026年12月1日(火) 02:00〜04:00（")));
    CHECK(ja.endsWith(QStringLiteral("America/Los_Angeles）")));
    const QString en =
        ReplyDateText::meetingLine(start, 120, QStringLiteral("America/Los_Angeles"), QStringLiteral("en"));
    CHECK(en.startsWith(QStringLiteral("Tue 1 Dec 2026, 19:00–21:00 (Japan time) / Tue 1 Dec 2026, 02:00–04:00 (")));
    CHECK(en.endsWith(QStringLiteral("America/Los_Angeles)")));
    // The day before in London (GMT): 10:00.
    CHECK(ReplyDateText::meetingLine(japanAt(2026, 12, 1, 7), 60, QStringLiteral("Europe/London"), QStringLiteral("ja"))
              .contains(QStringLiteral("／2026年11月30日(月) 22:00〜23:00（")));

    // Same clock as Japan, an empty or a nonsense zone: Japan time alone.
    for (const char* zone : {"Asia/Tokyo", "Asia/Seoul", "", "Not/AZone"})
        CHECK(ReplyDateText::meetingLine(start, 120, QString::fromLatin1(zone), QStringLiteral("ja")) ==
              QStringLiteral("2026年12月1日(火) 19:00〜21:00"));
}
