// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/JapaneseDate.h"

namespace tsunagu::JapaneseDate {

QString date(const QDate& date)
{
    if (!date.isValid())
        return {};
    // QDate::dayOfWeek(): 1 = Monday … 7 = Sunday. Named here so that the system's locale cannot change it.
    static const QString s_days[] = {QStringLiteral("月"), QStringLiteral("火"), QStringLiteral("水"),
                                     QStringLiteral("木"), QStringLiteral("金"), QStringLiteral("土"),
                                     QStringLiteral("日")};
    return QStringLiteral("%1年%2月%3日(%4)")
        .arg(date.year())
        .arg(date.month())
        .arg(date.day())
        .arg(s_days[date.dayOfWeek() - 1]);
}

QString time(const QDateTime& moment)
{
    return moment.isValid() ? moment.toString(QStringLiteral("HH:mm")) : QString();
}

QString dateTime(const QDateTime& moment)
{
    return moment.isValid() ? date(moment.date()) + QLatin1Char(' ') + time(moment) : QString();
}

} // namespace tsunagu::JapaneseDate
