// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/InvitationCalendar.h"

#include "schedule/OccurrencePlanner.h"
#include "storage/MeetingRepository.h"
#include "storage/RoomRepository.h"

#include <QHash>

namespace tsunagu {
namespace {

// A secret is given by the mail when its whole value is in the text (a passcode typed with spaces around it too).
QString shownIn(const QString& mailText, const QString& secret)
{
    const QString value = secret.trimmed();
    return !value.isEmpty() && mailText.contains(value) ? value : QString();
}

} // namespace

StoreResult<QVector<IcsMeeting>> InvitationCalendar::nextMeetings(qint64 roomId, const QDateTime& now) const
{
    MeetingRepository meetings(m_database);
    auto series = meetings.seriesForRoom(roomId);
    if (!series)
        return series.error();
    QString roomCode;
    auto rooms = RoomRepository(m_database).all();
    if (!rooms)
        return rooms.error();
    for (const Room& room : rooms.value()) {
        if (room.id == roomId)
            roomCode = room.code;
    }
    QHash<qint64, MeetingSeries> byId;
    for (const MeetingSeries& s : series.value())
        byId.insert(s.id, s);
    // Cancelled meetings come back from the planner too: ask for more than are kept.
    auto planned = OccurrencePlanner(m_database).forAll(series.value(), now, now.addDays(s_days), 8 * s_maxMeetings);
    if (!planned)
        return planned.error();
    QVector<IcsMeeting> list;
    for (const PlannedOccurrence& p : planned.value()) {
        if (p.cancelled || p.start < now)
            continue;
        const MeetingSeries s = byId.value(p.seriesId);
        IcsMeeting meeting;
        meeting.seriesId = p.seriesId;
        meeting.summary = roomCode.isEmpty() ? s.title : roomCode + QStringLiteral(": ") + s.title;
        meeting.timeZone = s.timeZone;
        meeting.start = p.start;
        meeting.durationMinutes = p.durationMinutes > 0 ? p.durationMinutes : s.durationMinutes;
        meeting.note = p.note;
        list.append(meeting);
        if (list.size() == s_maxMeetings)
            break;
    }
    return list;
}

StoreResult<QByteArray> InvitationCalendar::ics(qint64 roomId, const QDateTime& now, const QString& mailText) const
{
    auto meetings = nextMeetings(roomId, now);
    if (!meetings)
        return meetings.error();
    if (meetings->isEmpty())
        return QByteArray();
    auto series = MeetingRepository(m_database).seriesForRoom(roomId);
    if (!series)
        return series.error();
    QHash<qint64, MeetingSeries> byId;
    for (const MeetingSeries& s : series.value())
        byId.insert(s.id, s);
    QVector<IcsMeeting> list = meetings.value();
    for (IcsMeeting& meeting : list) {
        const MeetingSeries s = byId.value(meeting.seriesId);
        meeting.joinUrl = shownIn(mailText, s.joinUrl);
        meeting.meetingId = shownIn(mailText, s.meetingId);
        // A short passcode could match other digits of the text by chance: it counts as given only beside the
        // link or the meeting ID it belongs to.
        if (!meeting.joinUrl.isEmpty() || !meeting.meetingId.isEmpty())
            meeting.passcode = shownIn(mailText, s.passcode);
    }
    return IcsWriter::writeMeetings(list, now);
}

} // namespace tsunagu
