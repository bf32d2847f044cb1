// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"

#include <QString>

namespace tsunagu {

// A series' schedule in words a host understands, in Japanese (any language but "en") or English, read from its
// RRULE with libical: "毎週火・金 19:00–21:00", "第2・第4木曜 19:00–20:30",
// "隔週 月・金 20:00–21:30（ビギナータイム19:30〜）", "毎月第3火曜 21:10–22:40", "2か月に1度 第3日曜 …".
// A rule outside these shapes is shown as the rule itself, so nothing is ever described wrongly.
class ScheduleText
{
public:
    static QString describe(const MeetingSeries& series, const QString& language);
    // Only the repeating part ("毎週火・金", "Every Tue and Fri"); empty for an empty rule.
    static QString recurrence(const QString& rrule, const QString& language);
    // "19:00–21:00" and the beginner time, in the series' own zone.
    static QString times(const MeetingSeries& series, const QString& language);
};

} // namespace tsunagu
