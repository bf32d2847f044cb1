// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace tsunagu {

enum class SeriesStatus
{
    Active,
    Paused,
    Ended
};

struct MeetingSeries
{
    qint64 id = 0;
    qint64 roomId = 0;
    QString title;
    QString rrule;        // RFC 5545 RRULE (without "RRULE:"); empty for a series of one-off meetings only
    QDateTime firstStart; // in timeZone
    QString timeZone = QStringLiteral("Asia/Tokyo");
    int durationMinutes = 120;
    int beginnerOffsetMinutes = 0; // beginner time starts this many minutes before, 0 for none
    QString joinUrl;               // secret
    QString meetingId;             // secret
    QString passcode;              // secret
    SeriesStatus status = SeriesStatus::Active;
    QString pauseNote; // why a paused series is paused, in the host's words
    QDate resumeOn;    // a paused series meets again from this day (invalid: not known)
};

struct Occurrence
{
    qint64 id = 0;
    qint64 seriesId = 0;
    QDateTime startsAt;
    bool cancelled = false;
    QString note;
    // The start the series' rule planned when this occurrence was moved; invalid for one planned where it is and
    // for an extra one-off meeting.
    QDateTime originalStart;
};

struct Attendance
{
    qint64 occurrenceId = 0;
    int persons = 0;
    int families = 0;
    int supporters = 0;
    int others = 0;
    int firstTimers = 0;
    int total() const { return persons + families + supporters + others; }
};

// One row of the upcoming-meetings list.
struct OccurrenceRow
{
    Occurrence occurrence;
    QString roomCode;
    QString seriesTitle;
    int durationMinutes = 0;
    int beginnerOffsetMinutes = 0;
    bool hasAttendance = false;
    Attendance attendance;
    bool moved = false; // away from the start the series' rule planned (occurrence.originalStart)
    bool extra = false; // a meeting outside the rule
};

// Attendance summed per room over a period (集計).
struct RoomAttendanceSummary
{
    qint64 roomId = 0;
    QString roomCode;
    QString roomName;
    int roomOrder = 0;
    int meetingsHeld = 0;
    int persons = 0;
    int families = 0;
    int supporters = 0;
    int others = 0;
    int firstTimers = 0;
    int total() const { return persons + families + supporters + others; }
};

QString seriesStatusKey(SeriesStatus status);
SeriesStatus seriesStatusFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
