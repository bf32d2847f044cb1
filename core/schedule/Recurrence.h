// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVector>

namespace tsunagu {

// Expands the RRULE shapes the seed rooms' schedules use (FREQ=WEEKLY or MONTHLY, INTERVAL, BYDAY with an
// optional ordinal such as 3TU) into dates. Not a general RFC 5545 engine: any other rule yields no dates, and a
// series with such a rule has only the occurrences stored for it.
class Recurrence
{
public:
    // Dates in [from, to] on which the rule falls; `anchor` is the first day of the series (for INTERVAL).
    static QVector<QDate> expand(const QString& rrule, const QDate& anchor, const QDate& from, const QDate& to);
};

} // namespace tsunagu
