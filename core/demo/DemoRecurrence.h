// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVector>

namespace tsunagu {

// Expands the handful of RRULE shapes the demo rooms use (FREQ=WEEKLY or MONTHLY, INTERVAL, BYDAY with an
// optional ordinal such as 3TU) into dates, so the demo has upcoming meetings before the meetings issue brings
// full RFC 5545 recurrence through libical. Not a general RRULE engine: anything else yields no dates.
class DemoRecurrence
{
public:
    // Dates in [from, to] on which the rule falls; `anchor` is the first day of the series (for INTERVAL).
    static QVector<QDate> expand(const QString& rrule, const QDate& anchor, const QDate& from, const QDate& to);
};

} // namespace tsunagu
