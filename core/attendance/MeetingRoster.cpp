// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/MeetingRoster.h"

#include "schedule/OccurrencePlanner.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

#include <QTimeZone>

namespace tsunagu {
namespace {

Error<RosterError> storeFailure(const StoreFailure& failure)
{
    return {RosterError::Store, failure.detail};
}

} // namespace

Result<MeetingRoster, RosterError> MeetingRosterBuilder::build(const Room& room, const QDate& date,
                                                               const QDateTime& now) const
{
    const QTimeZone japan("Asia/Tokyo");
    auto series = MeetingRepository(m_database).seriesForRoom(room.id);
    if (!series)
        return storeFailure(series.error());
    // A day's meetings, or the coming year's when no day is named; the first one not cancelled is the roster's.
    const QDateTime from = date.isValid() ? QDateTime(date, QTime(0, 0), japan) : now.toTimeZone(japan);
    const QDateTime to = date.isValid() ? from.addDays(1) : from.addDays(366);
    auto planned = OccurrencePlanner(m_database).forAll(series.value(), from, to, 50);
    if (!planned)
        return storeFailure(planned.error());
    const PlannedOccurrence* meeting = nullptr;
    for (const PlannedOccurrence& p : planned.value()) {
        if (!p.cancelled) {
            meeting = &p;
            break;
        }
    }
    if (!meeting && !date.isValid())
        return Error<RosterError>{RosterError::NoMeeting, room.code};

    MeetingRoster roster;
    roster.roomCode = room.code;
    roster.roomName = room.name;
    if (meeting) {
        roster.start = meeting->start.toTimeZone(japan);
        roster.end = meeting->end().toTimeZone(japan);
        roster.date = roster.start.date();
        roster.beginnerOffsetMinutes = meeting->beginnerOffsetMinutes;
    } else {
        roster.date = date;
    }
    auto members = MemberRepository(m_database).forRoom(room.id);
    if (!members)
        return storeFailure(members.error());
    for (const Member& member : members.value()) {
        if (member.status == MemberStatus::Active)
            roster.members.append({member.anonymousName, member.category});
    }
    return roster;
}

} // namespace tsunagu
