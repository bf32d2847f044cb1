// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/OccurrencePlanner.h"

#include "schedule/Recurrence.h"
#include "storage/MeetingRepository.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace tsunagu {
namespace {

// Whether the series still plans a meeting at a start of its rule that nothing is stored for: not while paused
// (until the resume day), not once ended.
bool plans(const MeetingSeries& series, const QDateTime& start)
{
    switch (series.status) {
    case SeriesStatus::Active:
        return true;
    case SeriesStatus::Ended:
        return false;
    case SeriesStatus::Paused:
        return series.resumeOn.isValid() && start.toTimeZone(series.firstStart.timeZone()).date() >= series.resumeOn;
    }
    return true;
}

PlannedOccurrence basic(const MeetingSeries& series)
{
    PlannedOccurrence p;
    p.seriesId = series.id;
    p.roomId = series.roomId;
    p.durationMinutes = series.durationMinutes;
    p.beginnerOffsetMinutes = series.beginnerOffsetMinutes;
    return p;
}

void applyStored(PlannedOccurrence& p, const Occurrence& o, const QTimeZone& zone)
{
    p.occurrenceId = o.id;
    p.start = o.startsAt.toTimeZone(zone);
    p.cancelled = o.cancelled;
    p.note = o.note;
    p.moved = o.originalStart.isValid() && o.originalStart != o.startsAt;
}

} // namespace

StoreResult<QVector<PlannedOccurrence>> OccurrencePlanner::forSeries(const MeetingSeries& series, const QDateTime& from,
                                                                     const QDateTime& to, int limit) const
{
    QVector<PlannedOccurrence> list;
    if (limit <= 0 || !series.firstStart.isValid())
        return list;
    auto stored = MeetingRepository(m_database).storedOccurrences(series.id, from, to);
    if (!stored)
        return stored.error();
    const QTimeZone zone = series.firstStart.timeZone();

    // Stored rows by the planned start they stand for.
    QHash<qint64, int> byPlanned; // msecs since epoch -> index into stored
    for (int i = 0; i < stored->size(); ++i) {
        const Occurrence& o = stored->at(i);
        const QDateTime key = o.originalStart.isValid() ? o.originalStart : o.startsAt;
        // A row moved here from elsewhere does not stand for the planned start it now occupies.
        if (!byPlanned.contains(key.toMSecsSinceEpoch()) || o.originalStart.isValid())
            byPlanned.insert(key.toMSecsSinceEpoch(), i);
    }
    QVector<bool> used(stored->size(), false);

    // Asking the rule for a few more than `limit` covers cancelled ones and moves out of the period.
    // A paused series' rule is read from its resume day: stored meetings before it are matched below all the same.
    QDateTime ruleFrom = from;
    if (series.status == SeriesStatus::Paused && series.resumeOn.isValid() && stored->isEmpty())
        ruleFrom = std::max(from, QDateTime(series.resumeOn, QTime(0, 0), zone));
    const bool anyPlanned = series.status != SeriesStatus::Ended &&
                            (series.status != SeriesStatus::Paused || series.resumeOn.isValid() || !stored->isEmpty());
    const QVector<QDateTime> planned =
        anyPlanned ? Recurrence::starts(series.rrule, series.firstStart, ruleFrom, to, limit + stored->size())
                   : QVector<QDateTime>{};
    for (const QDateTime& start : planned) {
        PlannedOccurrence p = basic(series);
        p.start = start;
        p.plannedStart = start;
        const auto found = byPlanned.constFind(start.toMSecsSinceEpoch());
        if (found != byPlanned.constEnd()) {
            applyStored(p, stored->at(found.value()), zone);
            used[found.value()] = true;
        } else if (!plans(series, start)) {
            continue;
        }
        list.append(p);
    }
    for (int i = 0; i < stored->size(); ++i) {
        if (used[i])
            continue;
        const Occurrence& o = stored->at(i);
        PlannedOccurrence p = basic(series);
        applyStored(p, o, zone);
        if (o.originalStart.isValid())
            p.plannedStart = o.originalStart.toTimeZone(zone);
        else if (series.rrule.trimmed().isEmpty() && o.startsAt == series.firstStart)
            p.plannedStart = p.start; // the single meeting of a one-off series
        else
            p.extra = true; // not a start of the rule, or stored while the series was paused
        list.append(p);
    }
    // Keep what now starts in the period (a meeting moved out of it is shown where it went, if that is inside).
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const PlannedOccurrence& p) { return p.start < from || p.start >= to; }),
               list.end());
    std::stable_sort(list.begin(), list.end(),
                     [](const PlannedOccurrence& a, const PlannedOccurrence& b) { return a.start < b.start; });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

StoreResult<QVector<PlannedOccurrence>> OccurrencePlanner::forAll(const QVector<MeetingSeries>& series,
                                                                  const QDateTime& from, const QDateTime& to,
                                                                  int limit) const
{
    QVector<PlannedOccurrence> all;
    for (const MeetingSeries& s : series) {
        auto one = forSeries(s, from, to, limit);
        if (!one)
            return one.error();
        all += one.value();
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const PlannedOccurrence& a, const PlannedOccurrence& b) { return a.start < b.start; });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

} // namespace tsunagu
