// SPDX-License-Identifier: GPL-3.0-or-later
// The .ics of a room is read back by libical's own parser: zone, rule, cancelled and moved meetings, no secrets.
#include "schedule/IcsWriter.h"

#include <catch2/catch.hpp>

#include <libical/ical.h>

#include <QTimeZone>

namespace tsunagu {
namespace {

const QTimeZone s_japan("Asia/Tokyo");

QDateTime japan(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), s_japan);
}

} // namespace

TEST_CASE("A room's calendar round-trips through libical with its zone, rule and changes", "[schedule][ics]")
{
    IcsSeries item;
    item.roomCode = QStringLiteral("D");
    item.series.id = 7;
    item.series.title = QStringLiteral("合同Zoom断酒例会");
    item.series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR");
    item.series.firstStart = japan(2026, 12, 1, 19);
    item.series.durationMinutes = 120;
    item.series.passcode = QStringLiteral("secret-pass-123");
    item.series.meetingId = QStringLiteral("900 1234 5678");
    PlannedOccurrence cancelled;
    cancelled.cancelled = true;
    cancelled.start = cancelled.plannedStart = japan(2026, 12, 4, 19);
    cancelled.durationMinutes = 120;
    PlannedOccurrence moved;
    moved.moved = true;
    moved.plannedStart = japan(2026, 12, 8, 19);
    moved.start = japan(2026, 12, 9, 19, 30);
    moved.durationMinutes = 120;
    item.changes = {cancelled, moved};

    const QByteArray ics = IcsWriter::write({item}, QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
    CHECK(ics.contains("BEGIN:VTIMEZONE"));
    CHECK(ics.contains("TZID:Asia/Tokyo"));
    CHECK(ics.contains("DTSTART;TZID=Asia/Tokyo:20261201T190000"));
    CHECK(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TU,FR"));
    CHECK(ics.contains("EXDATE;TZID=Asia/Tokyo:20261204T190000"));
    CHECK(ics.contains("RECURRENCE-ID;TZID=Asia/Tokyo:20261208T190000"));
    CHECK(ics.contains("\r\n"));
    CHECK_FALSE(ics.contains("secret-pass-123"));
    CHECK_FALSE(ics.contains("900 1234 5678"));

    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    REQUIRE(calendar != nullptr);
    CHECK(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
    CHECK(icalcomponent_count_errors(calendar) == 0);
    CHECK(icalcomponent_count_components(calendar, ICAL_VTIMEZONE_COMPONENT) == 1);
    CHECK(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT) == 2);
    icalcomponent* series = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    REQUIRE(series != nullptr);
    CHECK(QString::fromUtf8(icalcomponent_get_summary(series)) == QStringLiteral("D: 合同Zoom断酒例会"));
    const icaltimetype start = icalcomponent_get_dtstart(series);
    CHECK(start.hour == 19);
    icalproperty* dtstart = icalcomponent_get_first_property(series, ICAL_DTSTART_PROPERTY);
    icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
    REQUIRE(tzid != nullptr);
    CHECK(QByteArray(icalparameter_get_tzid(tzid)) == "Asia/Tokyo");
    CHECK(icaldurationtype_as_int(icalcomponent_get_duration(series)) == 7200);
    icalproperty* rrule = icalcomponent_get_first_property(series, ICAL_RRULE_PROPERTY);
    REQUIRE(rrule != nullptr);
    CHECK(icalproperty_get_rrule(rrule).freq == ICAL_WEEKLY_RECURRENCE);
    icalcomponent_free(calendar);
}

} // namespace tsunagu
