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

// One meeting on its own, for a calendar sent with a mail: no rule, a start of its own. The join details are
// secrets: they are set only when the mail's text already gives them to the same person.
struct IcsMeeting
{
    qint64 seriesId = 0;
    QString summary;
    QDateTime start; // in timeZone
    QString timeZone = QStringLiteral("Asia/Tokyo");
    int durationMinutes = 0;
    QString note;      // the host's note on this meeting (a moved one's reason), or empty
    QString joinUrl;   // empty: not written
    QString meetingId; // empty: not written
    QString passcode;  // empty: not written
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
    // Single meetings, each a VEVENT with DTSTART;TZID and DURATION, in a calendar with METHOD:PUBLISH (RFC 5546
    // §3.2.1, as a mail attachment of that method needs); URL, LOCATION and DESCRIPTION carry the join details
    // that are set. The UID names the series and the start, so a later mail updates the same event.
    static QByteArray writeMeetings(const QVector<IcsMeeting>& meetings, const QDateTime& stamp,
                                    const QString& domain = QStringLiteral("tsunagu.example.org"));
};

} // namespace tsunagu
