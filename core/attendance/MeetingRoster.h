// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Member.h"
#include "domain/Room.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QVector>

namespace tsunagu {

// One line of a meeting's roster: a member by anonymous name and category, nothing else (no address ever).
struct RosterLine
{
    QString anonymousName;
    Category category = Category::Unknown;
};

// What a printed or exported roster holds: the room, the meeting (when there is one on the day) and the room's
// active members to tick off.
struct MeetingRoster
{
    QString roomCode;
    QString roomName;
    QDate date;      // the meeting's day (Japan)
    QDateTime start; // Japan time; invalid when the room has no meeting that day (a blank roster for the day)
    QDateTime end;
    int beginnerOffsetMinutes = 0;
    QVector<RosterLine> members;
};

enum class RosterError
{
    NoMeeting, // no date was given and the room has no coming meeting
    Store,     // the database refused (detail says why)
};

class MeetingRosterBuilder
{
public:
    explicit MeetingRosterBuilder(Database& database)
        : m_database(database)
    {}

    // The roster of `room` for the meeting on `date` (Japan); with an invalid date, for the room's next meeting at
    // or after `now`. A date without a meeting gives a roster for that day without a time.
    Result<MeetingRoster, RosterError> build(const Room& room, const QDate& date, const QDateTime& now) const;

private:
    Database& m_database;
};

} // namespace tsunagu
