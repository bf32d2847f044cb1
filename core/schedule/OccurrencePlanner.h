// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QVector>

namespace tsunagu {

// One meeting of a series as the host sees it: planned by the rule, changed by the host, or extra.
struct PlannedOccurrence
{
    qint64 seriesId = 0;
    qint64 roomId = 0;
    qint64 occurrenceId = 0; // 0: only planned by the rule, nothing stored for it yet
    QDateTime start;         // in the series' zone
    QDateTime plannedStart;  // the rule's start this meeting stands for; invalid for an extra meeting
    int durationMinutes = 0;
    int beginnerOffsetMinutes = 0;
    bool cancelled = false;
    bool moved = false;
    bool extra = false;
    QString note;
    QDateTime end() const { return start.addSecs(60 * qint64(durationMinutes)); }
};

// The meetings of series in a period: the rule expanded with libical, then the host's changes stored as
// occurrences (cancelled, moved, extra) laid over it. A paused series plans nothing before its resume date (and
// nothing at all without one), an ended one nothing; what is stored is always shown.
class OccurrencePlanner
{
public:
    explicit OccurrencePlanner(Database& database)
        : m_database(database)
    {}

    // Meetings of one series starting in [from, to), earliest first, at most `limit`.
    StoreResult<QVector<PlannedOccurrence>> forSeries(const MeetingSeries& series, const QDateTime& from,
                                                      const QDateTime& to, int limit) const;
    // Meetings of several series merged by start (then by the order of `series`), at most `limit`.
    StoreResult<QVector<PlannedOccurrence>> forAll(const QVector<MeetingSeries>& series, const QDateTime& from,
                                                   const QDateTime& to, int limit) const;

private:
    Database& m_database;
};

} // namespace tsunagu
