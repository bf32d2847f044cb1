// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Recurrence.h"

#include <libical/ical.h>

#include <memory>

namespace tsunagu {
namespace {

// libical asks for up to this many steps of its own when it looks for a first date; a rule that needs more
// has none in any horizon a host cares about.
constexpr int s_maxSteps = 200000;

struct IteratorFree
{
    void operator()(icalrecur_iterator* iterator) const { icalrecur_iterator_free(iterator); }
};
using Iterator = std::unique_ptr<icalrecur_iterator, IteratorFree>;

// A floating (zone-less) local time: the zone is attached again on the way out.
icaltimetype toIcal(const QDateTime& local)
{
    icaltimetype t = icaltime_null_time();
    const QDate d = local.date();
    const QTime time = local.time();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    return t;
}

QDateTime fromIcal(const icaltimetype& t, const QTimeZone& zone)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), zone);
}

bool parse(const QString& rrule, icalrecurrencetype* out)
{
    const QByteArray text = rrule.trimmed().toUtf8();
    icalerror_clear_errno();
    // libical 3.0 reports a malformed rule through icalerrno and FREQ=NONE.
    *out = icalrecurrencetype_from_string(text.constData());
    return out->freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
}

Iterator iterate(const icalrecurrencetype& rule, const QDateTime& start)
{
    icalerror_clear_errno();
    return Iterator(icalrecur_iterator_new(rule, toIcal(start)));
}

} // namespace

Result<QDateTime, RecurrenceError> Recurrence::firstOccurrence(const QString& rrule, const QDateTime& start)
{
    if (!start.isValid())
        return Error<RecurrenceError>{RecurrenceError::NoStart, QStringLiteral("no first start")};
    if (rrule.trimmed().isEmpty())
        return start;
    icalrecurrencetype rule;
    if (!parse(rrule, &rule))
        return Error<RecurrenceError>{RecurrenceError::Malformed, rrule};
    Iterator it = iterate(rule, start);
    if (!it)
        return Error<RecurrenceError>{RecurrenceError::Malformed, rrule};
    // libical 3.0 gives the dates of the rule on or after DTSTART (DTSTART itself only when the rule meets it).
    const icaltimetype first = icalrecur_iterator_next(it.get());
    if (icaltime_is_null_time(first))
        return Error<RecurrenceError>{RecurrenceError::NeverOccurs, rrule};
    return fromIcal(first, start.timeZone());
}

QVector<QDateTime> Recurrence::starts(const QString& rrule, const QDateTime& firstStart, const QDateTime& from,
                                      const QDateTime& to, int limit)
{
    QVector<QDateTime> list;
    if (!firstStart.isValid() || limit <= 0)
        return list;
    if (rrule.trimmed().isEmpty()) {
        if (firstStart >= from && firstStart < to)
            list.append(firstStart);
        return list;
    }
    icalrecurrencetype rule;
    if (!parse(rrule, &rule))
        return list;
    Iterator it = iterate(rule, firstStart);
    if (!it)
        return list;
    const QTimeZone zone = firstStart.timeZone();
    const QDateTime localTo = to.toTimeZone(zone);
    for (int step = 0; step < s_maxSteps && list.size() < limit; ++step) {
        const icaltimetype next = icalrecur_iterator_next(it.get());
        if (icaltime_is_null_time(next))
            break;
        const QDateTime start = fromIcal(next, zone);
        if (start >= localTo)
            break;
        if (start >= from)
            list.append(start);
    }
    return list;
}

Result<QString, RecurrenceError> Recurrence::normalised(const QString& rrule)
{
    icalrecurrencetype rule;
    if (!parse(rrule, &rule))
        return Error<RecurrenceError>{RecurrenceError::Malformed, rrule};
    // icalrecurrencetype_as_string returns a string on libical's own ring buffer: copied at once, not freed.
    return QString::fromUtf8(icalrecurrencetype_as_string(&rule));
}

} // namespace tsunagu
