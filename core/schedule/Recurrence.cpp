// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Recurrence.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace tsunagu {
namespace {

struct ByDay
{
    int ordinal = 0; // 0: every such weekday
    int weekday = 0; // 1 = Monday … 7 = Sunday (Qt::DayOfWeek)
};

int weekdayOf(const QString& code)
{
    static const QStringList codes = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                      QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                      QStringLiteral("SU")};
    return int(codes.indexOf(code)) + 1;
}

} // namespace

QVector<QDate> Recurrence::expand(const QString& rrule, const QDate& anchor, const QDate& from, const QDate& to)
{
    QHash<QString, QString> parts;
    for (const QString& part : rrule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            parts.insert(part.left(eq).toUpper(), part.mid(eq + 1).toUpper());
    }
    const QString freq = parts.value(QStringLiteral("FREQ"));
    const int interval = qMax(1, parts.value(QStringLiteral("INTERVAL"), QStringLiteral("1")).toInt());
    static const QRegularExpression byDayPattern(QStringLiteral("^([1-4])?(MO|TU|WE|TH|FR|SA|SU)$"));
    QVector<ByDay> byDays;
    for (const QString& item : parts.value(QStringLiteral("BYDAY")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto match = byDayPattern.match(item);
        if (!match.hasMatch())
            return {};
        byDays.append({match.captured(1).toInt(), weekdayOf(match.captured(2))});
    }
    if (byDays.isEmpty() || (freq != QLatin1String("WEEKLY") && freq != QLatin1String("MONTHLY")))
        return {};

    QVector<QDate> dates;
    for (QDate day = qMax(from, anchor); day <= to; day = day.addDays(1)) {
        bool matches = false;
        for (const ByDay& by : byDays) {
            if (day.dayOfWeek() != by.weekday)
                continue;
            if (by.ordinal == 0 || (day.day() - 1) / 7 + 1 == by.ordinal)
                matches = true;
        }
        if (!matches)
            continue;
        if (freq == QLatin1String("WEEKLY")) {
            // Weeks counted from the Monday of the anchor's week.
            const QDate anchorMonday = anchor.addDays(1 - anchor.dayOfWeek());
            if ((anchorMonday.daysTo(day) / 7) % interval != 0)
                continue;
        } else {
            const int months = (day.year() - anchor.year()) * 12 + day.month() - anchor.month();
            if (months % interval != 0)
                continue;
        }
        dates.append(day);
    }
    return dates;
}

} // namespace tsunagu
