// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleText.h"

#include <libical/ical.h>

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace tsunagu {
namespace {

bool english(const QString& language)
{
    return language == QLatin1String("en");
}

// icalrecurrencetype_weekday: 1 = Sunday … 7 = Saturday.
QString weekdayName(int icalDay, bool en)
{
    static const char16_t* const ja[] = {u"日", u"月", u"火", u"水", u"木", u"金", u"土"};
    static const char* const enNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    if (icalDay < 1 || icalDay > 7)
        return {};
    return en ? QString::fromLatin1(enNames[icalDay - 1]) : QString::fromUtf16(ja[icalDay - 1]);
}

QString ordinalEnglish(int n)
{
    if (n == -1)
        return QStringLiteral("last");
    const int mod100 = n % 100;
    const char* suffix = "th";
    if (mod100 < 11 || mod100 > 13) {
        switch (n % 10) {
        case 1:
            suffix = "st";
            break;
        case 2:
            suffix = "nd";
            break;
        case 3:
            suffix = "rd";
            break;
        default:
            break;
        }
    }
    return QString::number(n) + QLatin1String(suffix);
}

QString ordinalJapanese(int n)
{
    return n == -1 ? QStringLiteral("最終") : QStringLiteral("第%1").arg(n);
}

QString joinList(const QStringList& items, bool en)
{
    if (!en)
        return items.join(QStringLiteral("・"));
    if (items.size() <= 1)
        return items.join(QString());
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           items.last();
}

struct Day
{
    int weekday = 0;  // 1 = Sunday
    int position = 0; // 0: every such weekday; 2: the 2nd; -1: the last
};

QVector<Day> daysOf(const icalrecurrencetype& rule)
{
    QVector<Day> days;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        days.append(
            {int(icalrecurrencetype_day_day_of_week(rule.by_day[i])), icalrecurrencetype_day_position(rule.by_day[i])});
    return days;
}

// Parts of a rule we do not put into words: any of them present means the rule is shown as it is.
bool hasUnwordedParts(const icalrecurrencetype& rule)
{
    return rule.by_second[0] != ICAL_RECURRENCE_ARRAY_MAX || rule.by_minute[0] != ICAL_RECURRENCE_ARRAY_MAX ||
           rule.by_hour[0] != ICAL_RECURRENCE_ARRAY_MAX || rule.by_year_day[0] != ICAL_RECURRENCE_ARRAY_MAX ||
           rule.by_week_no[0] != ICAL_RECURRENCE_ARRAY_MAX || rule.by_month[0] != ICAL_RECURRENCE_ARRAY_MAX ||
           rule.by_set_pos[0] != ICAL_RECURRENCE_ARRAY_MAX || rule.count != 0 || !icaltime_is_null_time(rule.until);
}

QString weekly(const icalrecurrencetype& rule, const QVector<Day>& days, bool en)
{
    QStringList names;
    for (const Day& d : days) {
        if (d.position != 0)
            return {};
        names.append(weekdayName(d.weekday, en));
    }
    if (names.isEmpty())
        return en ? QStringLiteral("Weekly") : QStringLiteral("毎週");
    // One weekday reads as 毎週木曜; several as 毎週火・金.
    const QString list = joinList(names, en) + (!en && names.size() == 1 ? QStringLiteral("曜") : QString());
    if (rule.interval <= 1)
        return en ? QStringLiteral("Every ") + list : QStringLiteral("毎週") + list;
    if (rule.interval == 2)
        return en ? QStringLiteral("Every other week, ") + list : QStringLiteral("隔週 ") + list;
    return en ? QStringLiteral("Every %1 weeks, %2").arg(rule.interval).arg(list)
              : QStringLiteral("%1週ごと %2").arg(rule.interval).arg(list);
}

QString monthlyDays(const icalrecurrencetype& rule, const QVector<Day>& days, bool en)
{
    if (!days.isEmpty()) {
        // One weekday at several positions reads as "第2・第4木曜"; several weekdays each get their own.
        bool sameWeekday = true;
        for (const Day& d : days) {
            if (d.position == 0)
                return {};
            sameWeekday = sameWeekday && d.weekday == days.first().weekday;
        }
        QStringList parts;
        if (sameWeekday) {
            QStringList ordinals;
            for (const Day& d : days)
                ordinals.append(en ? ordinalEnglish(d.position) : ordinalJapanese(d.position));
            const QString name = weekdayName(days.first().weekday, en);
            return en ? QString(joinList(ordinals, true) + QLatin1Char(' ') + name)
                      : QString(joinList(ordinals, false) + name + QStringLiteral("曜"));
        }
        for (const Day& d : days) {
            const QString name = weekdayName(d.weekday, en);
            parts.append(en ? QString(ordinalEnglish(d.position) + QLatin1Char(' ') + name)
                            : QString(ordinalJapanese(d.position) + name + QStringLiteral("曜")));
        }
        return joinList(parts, en);
    }
    QStringList monthDays;
    for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && rule.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int n = rule.by_month_day[i];
        monthDays.append(en ? (n == -1 ? QStringLiteral("last day") : ordinalEnglish(n))
                            : (n == -1 ? QStringLiteral("末日") : QStringLiteral("%1日").arg(n)));
    }
    return joinList(monthDays, en);
}

QString monthly(const icalrecurrencetype& rule, const QVector<Day>& days, bool en)
{
    const QString which = monthlyDays(rule, days, en);
    const bool severalPositions = days.size() > 1;
    if (rule.interval <= 1) {
        if (which.isEmpty())
            return en ? QStringLiteral("Monthly") : QStringLiteral("毎月");
        if (en)
            return which + QStringLiteral(" of every month");
        return severalPositions ? which : QStringLiteral("毎月") + which;
    }
    const QString every =
        en ? QStringLiteral("Every %1 months").arg(rule.interval) : QStringLiteral("%1か月に1度").arg(rule.interval);
    if (which.isEmpty())
        return every;
    return en ? QString(every + QStringLiteral(", ") + which) : QString(every + QLatin1Char(' ') + which);
}

QString timeText(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

QString ScheduleText::recurrence(const QString& rrule, const QString& language)
{
    const bool en = english(language);
    if (rrule.trimmed().isEmpty())
        return {};
    const QByteArray text = rrule.trimmed().toUtf8();
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    const QString asIs = QStringLiteral("RRULE:") + rrule.trimmed();
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR || hasUnwordedParts(rule))
        return asIs;
    const QVector<Day> days = daysOf(rule);
    QString words;
    switch (rule.freq) {
    case ICAL_DAILY_RECURRENCE:
        if (days.isEmpty())
            words = rule.interval <= 1 ? (en ? QStringLiteral("Every day") : QStringLiteral("毎日"))
                                       : (en ? QStringLiteral("Every %1 days").arg(rule.interval)
                                             : QStringLiteral("%1日ごと").arg(rule.interval));
        break;
    case ICAL_WEEKLY_RECURRENCE:
        words = weekly(rule, days, en);
        break;
    case ICAL_MONTHLY_RECURRENCE:
        words = monthly(rule, days, en);
        break;
    default:
        break;
    }
    return words.isEmpty() ? asIs : words;
}

QString ScheduleText::times(const MeetingSeries& series, const QString& language)
{
    const bool en = english(language);
    const QDateTime start = series.timeZone.isEmpty()
                                ? series.firstStart
                                : series.firstStart.toTimeZone(QTimeZone(series.timeZone.toUtf8()));
    const QTime begins = start.time();
    QString text = timeText(begins) + QChar(0x2013) + timeText(begins.addSecs(60 * series.durationMinutes));
    if (series.beginnerOffsetMinutes > 0) {
        const QString beginner = timeText(begins.addSecs(-60 * series.beginnerOffsetMinutes));
        text += en ? QStringLiteral(" (beginner time from %1)").arg(beginner)
                   : QStringLiteral("（ビギナータイム%1〜）").arg(beginner);
    }
    return text;
}

QString ScheduleText::describe(const MeetingSeries& series, const QString& language)
{
    const bool en = english(language);
    QString when = recurrence(series.rrule, language);
    if (when.isEmpty()) {
        // A single meeting: its date.
        const QDate d = series.firstStart.date();
        const int icalDay = d.dayOfWeek() % 7 + 1; // Qt: Monday 1 … Sunday 7
        when = en ? QStringLiteral("%1 %2 %3 %4")
                        .arg(weekdayName(icalDay, true))
                        .arg(d.day())
                        .arg(QLocale::c().monthName(d.month(), QLocale::ShortFormat))
                        .arg(d.year())
                  : QStringLiteral("%1年%2月%3日(%4)")
                        .arg(d.year())
                        .arg(d.month())
                        .arg(d.day())
                        .arg(weekdayName(icalDay, false));
    }
    return when + (en ? QStringLiteral(", ") : QStringLiteral(" ")) + times(series, language);
}

} // namespace tsunagu
