// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/ReplyContextBuilder.h"

#include "replies/ReplyDateText.h"
#include "schedule/UpcomingMeetings.h"
#include "storage/ApplicantRepository.h"
#include "storage/HostRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/RoomRepository.h"

#include <optional>

namespace tsunagu {
namespace {

bool isEnglish(const QString& language)
{
    return language == QLatin1String("en");
}

void put(RenderContext& context, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        context.values.insert(QString::fromLatin1(key), value);
}

StoreResult<std::optional<Room>> roomById(Database& database, qint64 id)
{
    if (id == 0)
        return std::optional<Room>();
    auto rooms = RoomRepository(database).all();
    if (!rooms)
        return rooms.error();
    for (const Room& room : rooms.value()) {
        if (room.id == id)
            return std::optional<Room>(room);
    }
    return StoreFailure{StoreError::NotFound, QStringLiteral("no room %1").arg(id)};
}

StoreResult<std::optional<Host>> hostById(Database& database, qint64 id)
{
    if (id == 0)
        return std::optional<Host>();
    auto hosts = HostRepository(database).all();
    if (!hosts)
        return hosts.error();
    for (const Host& host : hosts.value()) {
        if (host.id == id)
            return std::optional<Host>(host);
    }
    return StoreFailure{StoreError::NotFound, QStringLiteral("no host %1").arg(id)};
}

// "19:30〜20:00（ミーティング前の30分間）": the beginner time before the meeting, in Japan time.
QString beginnerTimeText(const MeetingSeries& series, const QString& language)
{
    const QTime start = series.firstStart.toTimeZone(ReplyDateText::japan()).time();
    const int minutes = series.beginnerOffsetMinutes;
    const QString from = start.addSecs(-60 * minutes).toString(QStringLiteral("HH:mm"));
    const QString to = start.toString(QStringLiteral("HH:mm"));
    if (isEnglish(language))
        return from + QStringLiteral("–") + to +
               QStringLiteral(" Japan time (the %1 minutes before the meeting)").arg(minutes);
    return from + QStringLiteral("〜") + to + QStringLiteral("（ミーティング前の%1分間）").arg(minutes);
}

} // namespace

StoreResult<RenderContext> ReplyContextBuilder::build(qint64 applicantId, ReplyAction action, qint64 hostId,
                                                      qint64 otherRoomId, const QString& language,
                                                      qint64 seriesId) const
{
    const bool invite = action == ReplyAction::Invite;
    RenderContext context;

    auto applicant = ApplicantRepository(m_database, m_clock).byId(applicantId);
    if (!applicant)
        return applicant.error();
    put(context, "applicant_name", applicant->anonymousName);

    const QDate today = m_clock.now().toTimeZone(ReplyDateText::japan()).date();
    put(context, "reply_deadline", ReplyDateText::date(today.addDays(s_answerDays), language));

    auto host = hostById(m_database, hostId);
    if (!host)
        return host.error();
    if (host->has_value()) {
        const Host& h = *host.value();
        put(context, "host_name", h.displayName);
        put(context, "host_signature", h.signature.trimmed().isEmpty() ? h.displayName : h.signature);
    }

    auto other = roomById(m_database, otherRoomId);
    if (!other)
        return other.error();
    if (other->has_value()) {
        const Room& o = *other.value();
        put(context, "other_room_name", o.name);
        put(context, "other_room_description", o.description);
        put(context, "other_room_schedule", o.scheduleSummary);
        put(context, "other_room_form_url", o.applicationFormUrl);
    }

    auto room = roomById(m_database, applicant->roomId);
    if (!room)
        return room.error();
    if (!room->has_value())
        return context; // not yet assigned to a room: the room's values stay missing
    const Room& r = *room.value();
    put(context, "room_name", r.name);
    put(context, "room_code", r.code);
    put(context, "room_guidelines", r.guidelines);
    put(context, "application_form_url", r.applicationFormUrl);
    if (invite)
        put(context, "chat_link", r.chatLink);

    auto series = MeetingRepository(m_database).seriesForRoom(r.id);
    if (!series)
        return series.error();
    const MeetingSeries* active = nullptr;
    for (const MeetingSeries& s : series.value()) {
        if (seriesId > 0 && s.id == seriesId) {
            active = &s;
            break;
        }
        if (!active && s.status == SeriesStatus::Active)
            active = &s;
    }
    QStringList lines;
    if (active) {
        put(context, "meeting_name", active->title);
        if (active->beginnerOffsetMinutes > 0)
            put(context, "beginner_time", beginnerTimeText(*active, language));
        if (invite) {
            put(context, "join_link", active->joinUrl);
            put(context, "meeting_id", active->meetingId);
            put(context, "passcode", active->passcode);
        }
        auto starts = UpcomingMeetings(m_database, m_clock).next(*active, s_meetingCount);
        if (!starts)
            return starts.error();
        for (const QDateTime& start : starts.value())
            lines.append(ReplyDateText::meetingLine(start, active->durationMinutes, applicant->timeZone, language));
    }
    // No dates to compute (no series, a rule we cannot expand, a paused room): the room's own words.
    put(context, "next_meetings", lines.isEmpty() ? r.scheduleSummary : lines.join(QLatin1Char('\n')));
    return context;
}

} // namespace tsunagu
