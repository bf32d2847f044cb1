// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVector>

namespace tsunagu {

enum class RecurrenceError
{
    Malformed,   // libical does not accept the rule
    NeverOccurs, // a valid rule without a single date (e.g. 31 February)
    NoStart,     // the series has no valid first start
};

// A meeting series' RFC 5545 RRULE expanded with libical. Starts are wall-clock times in the series' zone:
// Japan has no daylight saving time, so expanding the local time and attaching the zone is exact (the zone's
// offsets are applied by QDateTime when the start is shown elsewhere, e.g. Los Angeles or London).
class Recurrence
{
public:
    // The first start the rule really gives at or after `start` (libical's DTSTART must be a real occurrence,
    // or INTERVAL counts from a day the rule never meets). An empty rule is a single meeting at `start`.
    static Result<QDateTime, RecurrenceError> firstOccurrence(const QString& rrule, const QDateTime& start);

    // The rule's starts from `firstStart` (a real occurrence, in its zone) that fall in [from, to), earliest
    // first, at most `limit`. A rule libical rejects gives none.
    static QVector<QDateTime> starts(const QString& rrule, const QDateTime& firstStart, const QDateTime& from,
                                     const QDateTime& to, int limit = s_maxStarts);

    // The rule as libical writes it back (normalised), or an error.
    static Result<QString, RecurrenceError> normalised(const QString& rrule);

    // Bounds the work of one expansion whatever the rule (FREQ=SECONDLY over ten years would be 300 million).
    static constexpr int s_maxStarts = 20000;
};

} // namespace tsunagu
