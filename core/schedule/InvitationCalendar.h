// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/IcsWriter.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace tsunagu {

// The next meetings of a room as an .ics, for an invitation to attach: the applicant's calendar app shows them at
// their times. Join details are secrets (DESIGN.md §1): each one (join link, meeting ID, passcode) is written only
// when the text of the mail it goes with already gives it, so the attachment never tells more than the mail.
class InvitationCalendar
{
public:
    static constexpr int s_maxMeetings = 8; // about a month of a twice-weekly room
    static constexpr int s_days = 92;       // and never further than three months ahead

    explicit InvitationCalendar(Database& database)
        : m_database(database)
    {}

    // The room's meetings after `now` that are not cancelled (moved ones at their new start), earliest first, at
    // most s_maxMeetings within s_days days; join details are left empty. Empty when the room plans none.
    StoreResult<QVector<IcsMeeting>> nextMeetings(qint64 roomId, const QDateTime& now) const;
    // Those meetings as iCalendar text, with the join details `mailText` contains; empty when there are none.
    StoreResult<QByteArray> ics(qint64 roomId, const QDateTime& now, const QString& mailText) const;

    static QString fileName() { return QStringLiteral("meetings.ics"); }
    static QString contentType() { return QStringLiteral("text/calendar; charset=UTF-8; method=PUBLISH"); }

private:
    Database& m_database;
};

} // namespace tsunagu
