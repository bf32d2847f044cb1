// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// Whether an applicant may be a minor.
//
// The rule: a minor is younger than 18 (Japan's age of majority since April 2022). A clear minor is an explicit
// age under 18 ("17歳"), "未成年", "小学生", "中学生" or "18歳未満". Possibly a minor: the band "10代" (10 to 19),
// "高校生" and "20歳未満", because they may be 18 or 19. An explicit 18 or 19 is an adult (band "10代").
// Rooms that review minors case by case (Room E) want both; every room wants to know about a clear minor.
enum class MinorStatus
{
    Unknown,
    Adult,
    PossiblyMinor,
    Minor
};

struct AgeReading
{
    QString band;   // "20代", "10代", "未成年", "10歳未満"; as written (trimmed) when not understood
    int years = -1; // an explicit age, else -1
    MinorStatus minor = MinorStatus::Unknown;
};

// "20代", "２０代", "20代前半", "二十代", "25歳", "25", "30's", "アラフォー" → a band of ten years.
AgeReading readAge(const QString& text);
QString normaliseAgeBand(const QString& text);
// A clear or possible minor (see MinorStatus).
bool isMinor(const QString& ageText);
bool isClearMinor(const QString& ageText);

} // namespace tsunagu
