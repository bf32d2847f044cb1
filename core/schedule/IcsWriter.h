// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"
#include "schedule/OccurrencePlanner.h"

#include <QByteArray>
#include <QDateTime>
#include <QVector>

namespace tsunagu {

// One series for the calendar, with the host's changes to its meetings.
struct IcsSeries
{
    MeetingSeries series;
    QString roomCode;
    QVector<PlannedOccurrence> changes; // cancelled, moved and extra meetings
};

// RFC 5545 iCalendar text of meeting series, written with libical: a VTIMEZONE for each zone used (Japan's is one
// fixed +09:00 period), one VEVENT per series with DTSTART;TZID, DURATION and RRULE, an EXDATE for each
// cancelled meeting, an overriding VEVENT with RECURRENCE-ID for each moved one and a VEVENT of its own for an
// extra one. Join details are secrets and never written.
class IcsWriter
{
public:
    // `stamp` is the DTSTAMP (the time of export); `domain` makes the UIDs unique to this profile.
    static QByteArray write(const QVector<IcsSeries>& series, const QDateTime& stamp,
                            const QString& domain = QStringLiteral("tsunagu.example.org"));
};

} // namespace tsunagu
