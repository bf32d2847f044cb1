// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/IcsWriter.h"

#include <libical/ical.h>

#include <QSet>
#include <QTimeZone>

#include <cstdlib>
#include <memory>

namespace tsunagu {
namespace {

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

icaltimetype localTime(const QDateTime& at)
{
    icaltimetype t = icaltime_null_time();
    t.year = at.date().year();
    t.month = at.date().month();
    t.day = at.date().day();
    t.hour = at.time().hour();
    t.minute = at.time().minute();
    t.second = at.time().second();
    return t;
}

// The zone is named with a TZID parameter on each time (libical's own zone objects are not used: see DESIGN.md
// on icaltimezone_get_location).
icalproperty* withZone(icalproperty* property, const QByteArray& zone)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(zone.constData()));
    return property;
}

icalcomponent* timezoneComponent(const QByteArray& zoneId, const QDateTime& at)
{
    const QTimeZone zone(zoneId);
    const int offset = zone.offsetFromUtc(at);
    icalcomponent* vtimezone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(vtimezone, icalproperty_new_tzid(zoneId.constData()));
    icalcomponent* standard = icalcomponent_new_xstandard();
    icalcomponent_add_property(standard, icalproperty_new_dtstart(icaltime_from_string("19700101T000000")));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(offset));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(offset));
    const QByteArray abbreviation = zone.abbreviation(at).toUtf8();
    icalcomponent_add_property(standard, icalproperty_new_tzname(abbreviation.constData()));
    icalcomponent_add_component(vtimezone, standard);
    return vtimezone;
}

icalcomponent* event(const QByteArray& uid, const QString& summary, const QDateTime& start, int minutes,
                     const QByteArray& zone, const icaltimetype& stamp)
{
    icalcomponent* vevent = icalcomponent_new_vevent();
    icalcomponent_add_property(vevent, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(vevent, withZone(icalproperty_new_dtstart(localTime(start)), zone));
    icalcomponent_add_property(vevent, icalproperty_new_duration(icaldurationtype_from_int(60 * minutes)));
    icalcomponent_add_property(vevent, icalproperty_new_summary(summary.toUtf8().constData()));
    return vevent;
}

} // namespace

QByteArray IcsWriter::write(const QVector<IcsSeries>& list, const QDateTime& stamp, const QString& domain)
{
    std::unique_ptr<icalcomponent, ComponentFree> calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Tsunagu//Meetings//JA"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const icaltimetype utcStamp =
        icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());

    QSet<QByteArray> zones;
    for (const IcsSeries& item : list) {
        const QByteArray zone = item.series.timeZone.toUtf8();
        if (!zones.contains(zone)) {
            zones.insert(zone);
            icalcomponent_add_component(calendar.get(), timezoneComponent(zone, item.series.firstStart));
        }
    }

    for (const IcsSeries& item : list) {
        const MeetingSeries& s = item.series;
        const QByteArray zone = s.timeZone.toUtf8();
        const QDateTime first = s.firstStart.toTimeZone(QTimeZone(zone));
        const QString summary = item.roomCode.isEmpty() ? s.title : item.roomCode + QStringLiteral(": ") + s.title;
        const QByteArray uid = QStringLiteral("series-%1@%2").arg(s.id).arg(domain).toUtf8();
        const bool repeats = !s.rrule.trimmed().isEmpty() && s.status == SeriesStatus::Active;
        if (repeats || s.rrule.trimmed().isEmpty()) {
            icalcomponent* vevent = event(uid, summary, first, s.durationMinutes, zone, utcStamp);
            if (repeats) {
                const QByteArray rule = s.rrule.trimmed().toUtf8();
                icalcomponent_add_property(vevent, icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
            }
            for (const PlannedOccurrence& p : item.changes) {
                if (repeats && p.cancelled && p.plannedStart.isValid())
                    icalcomponent_add_property(
                        vevent,
                        withZone(icalproperty_new_exdate(localTime(p.plannedStart.toTimeZone(QTimeZone(zone)))), zone));
            }
            icalcomponent_add_component(calendar.get(), vevent);
        }
        for (const PlannedOccurrence& p : item.changes) {
            if (p.cancelled)
                continue;
            const QDateTime start = p.start.toTimeZone(QTimeZone(zone));
            if (p.moved && repeats) {
                icalcomponent* moved = event(uid, summary, start, p.durationMinutes, zone, utcStamp);
                icalcomponent_add_property(moved, withZone(icalproperty_new_recurrenceid(
                                                               localTime(p.plannedStart.toTimeZone(QTimeZone(zone)))),
                                                           zone));
                icalcomponent_add_component(calendar.get(), moved);
            } else if (p.extra || (p.moved && !repeats)) {
                const QByteArray extraUid = QStringLiteral("occurrence-%1@%2").arg(p.occurrenceId).arg(domain).toUtf8();
                icalcomponent* extra = event(extraUid, summary, start, p.durationMinutes, zone, utcStamp);
                if (!p.note.isEmpty())
                    icalcomponent_add_property(extra, icalproperty_new_description(p.note.toUtf8().constData()));
                icalcomponent_add_component(calendar.get(), extra);
            }
        }
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray out(text);
    std::free(text);
    return out;
}

QByteArray IcsWriter::writeMeetings(const QVector<IcsMeeting>& meetings, const QDateTime& stamp, const QString& domain)
{
    std::unique_ptr<icalcomponent, ComponentFree> calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Tsunagu//Meetings//JA"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const icaltimetype utcStamp =
        icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());

    QSet<QByteArray> zones;
    for (const IcsMeeting& meeting : meetings) {
        const QByteArray zone = meeting.timeZone.toUtf8();
        if (!zones.contains(zone)) {
            zones.insert(zone);
            icalcomponent_add_component(calendar.get(), timezoneComponent(zone, meeting.start));
        }
    }
    for (const IcsMeeting& meeting : meetings) {
        const QByteArray zone = meeting.timeZone.toUtf8();
        const QDateTime start = meeting.start.toTimeZone(QTimeZone(zone));
        const QByteArray uid = QStringLiteral("meeting-%1-%2@%3")
                                   .arg(meeting.seriesId)
                                   .arg(start.toString(QStringLiteral("yyyyMMdd'T'HHmm")), domain)
                                   .toUtf8();
        icalcomponent* vevent = event(uid, meeting.summary, start, meeting.durationMinutes, zone, utcStamp);
        QStringList description;
        if (!meeting.note.isEmpty())
            description << meeting.note;
        if (!meeting.joinUrl.isEmpty()) {
            const QByteArray url = meeting.joinUrl.toUtf8();
            icalcomponent_add_property(vevent, icalproperty_new_url(url.constData()));
            icalcomponent_add_property(vevent, icalproperty_new_location(url.constData()));
            description << meeting.joinUrl;
        }
        if (!meeting.meetingId.isEmpty())
            description << QStringLiteral("ミーティングID: ") + meeting.meetingId;
        if (!meeting.passcode.isEmpty())
            description << QStringLiteral("パスコード: ") + meeting.passcode;
        if (!description.isEmpty()) {
            const QByteArray text = description.join(QLatin1Char('\n')).toUtf8();
            icalcomponent_add_property(vevent, icalproperty_new_description(text.constData()));
        }
        icalcomponent_add_component(calendar.get(), vevent);
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray out(text);
    std::free(text);
    return out;
}

} // namespace tsunagu
