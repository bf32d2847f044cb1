// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OccurrenceTableModel.h"

#include "schedule/OccurrencePlanner.h"
#include "storage/RoomRepository.h"
#include "text/DisplayText.h"

#include <QHash>

#include <QTimeZone>

namespace tsunagu::ui {

OccurrenceTableModel::OccurrenceTableModel(MeetingRepository& meetings, const Clock& clock, QObject* parent)
    : RowTableModel(parent)
    , m_meetings(meetings)
    , m_clock(clock)
{
    auto column = [](auto display) {
        return [display](const OccurrenceRow& r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return display(r);
            if (role == IdRole)
                return r.occurrence.id;
            if (role == FilterRole)
                return r.roomCode;
            return {};
        };
    };
    setColumns({
        {tr("Date"),
         [column](const OccurrenceRow& r, int role) -> QVariant {
             if (role == SortRole)
                 return r.occurrence.startsAt;
             return column([](const OccurrenceRow& row) { return DisplayText::dateTime(row.occurrence.startsAt); })(
                 r, role);
         }},
        {tr("Room"), column([](const OccurrenceRow& r) { return r.roomCode; })},
        {tr("Meeting"), column([](const OccurrenceRow& r) { return r.seriesTitle; })},
        {tr("Time"), column([](const OccurrenceRow& r) {
             const QTime start = r.occurrence.startsAt.time();
             return tr("%1–%2").arg(DisplayText::time(start), DisplayText::time(start.addSecs(60 * r.durationMinutes)));
         })},
        {tr("Beginner time"), column([](const OccurrenceRow& r) -> QString {
             if (r.beginnerOffsetMinutes <= 0)
                 return {};
             return tr("from %1").arg(
                 DisplayText::time(r.occurrence.startsAt.time().addSecs(-60 * r.beginnerOffsetMinutes)));
         })},
        {tr("State"), column([](const OccurrenceRow& r) -> QString {
             if (r.occurrence.cancelled)
                 return r.occurrence.note.isEmpty() ? tr("Cancelled") : tr("Cancelled (%1)").arg(r.occurrence.note);
             if (r.moved)
                 return tr("Moved from %1").arg(DisplayText::dateTime(r.occurrence.originalStart));
             if (r.extra)
                 return r.occurrence.note.isEmpty() ? tr("Extra meeting") : r.occurrence.note;
             if (r.hasAttendance)
                 return tr("%n attended", nullptr, r.attendance.total());
             return {};
         })},
    });
}

StoreResult<Done> OccurrenceTableModel::reload(int days)
{
    // Meetings are kept in Japan wall-clock time: from the start of today there, the series' rules with the
    // host's changes laid over them, and what was recorded for the meetings already stored.
    const QTimeZone japan("Asia/Tokyo");
    const QDateTime nowJapan = m_clock.now().toTimeZone(japan);
    const QDateTime from(nowJapan.date(), QTime(0, 0), japan);
    const QDateTime until = from.addDays(days);
    auto series = m_meetings.allSeries();
    if (!series)
        return series.error();
    auto rooms = RoomRepository(m_meetings.database()).all();
    if (!rooms)
        return rooms.error();
    QHash<qint64, QString> codes;
    for (const Room& room : rooms.value())
        codes.insert(room.id, room.code);
    QHash<qint64, const MeetingSeries*> byId;
    for (const MeetingSeries& s : series.value())
        byId.insert(s.id, &s);
    auto planned = OccurrencePlanner(m_meetings.database()).forAll(series.value(), from, until, 5000);
    if (!planned)
        return planned.error();
    auto stored = m_meetings.upcoming(from, 5000);
    if (!stored)
        return stored.error();
    QHash<qint64, OccurrenceRow> storedById;
    for (const OccurrenceRow& row : stored.value())
        storedById.insert(row.occurrence.id, row);

    QVector<OccurrenceRow> rows;
    rows.reserve(planned->size());
    for (const PlannedOccurrence& p : planned.value()) {
        OccurrenceRow row = storedById.value(p.occurrenceId);
        row.occurrence.id = p.occurrenceId;
        row.occurrence.seriesId = p.seriesId;
        row.occurrence.startsAt = p.start;
        row.occurrence.cancelled = p.cancelled;
        row.occurrence.note = p.note;
        row.occurrence.originalStart = p.plannedStart;
        row.roomCode = codes.value(p.roomId);
        row.seriesTitle = byId.value(p.seriesId)->title;
        row.durationMinutes = p.durationMinutes;
        row.beginnerOffsetMinutes = p.beginnerOffsetMinutes;
        row.moved = p.moved;
        row.extra = p.extra;
        rows.append(row);
    }
    setRows(std::move(rows));
    return Done{};
}

} // namespace tsunagu::ui
