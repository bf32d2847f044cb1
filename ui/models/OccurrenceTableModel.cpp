// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OccurrenceTableModel.h"

#include "text/DisplayText.h"

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
                 return tr("Cancelled");
             if (r.hasAttendance)
                 return tr("%n attended", nullptr, r.attendance.total());
             return {};
         })},
    });
}

StoreResult<Done> OccurrenceTableModel::reload(int days)
{
    // Meetings are kept in Japan wall-clock time.
    const QDateTime nowJapan = m_clock.now().toTimeZone(QTimeZone("Asia/Tokyo"));
    const QDateTime from(nowJapan.date(), QTime(0, 0), QTimeZone("Asia/Tokyo"));
    auto rows = m_meetings.upcoming(from, 500);
    if (!rows)
        return rows.error();
    QVector<OccurrenceRow> within;
    const QDateTime until = from.addDays(days);
    for (const OccurrenceRow& row : rows.value()) {
        if (row.occurrence.startsAt < until)
            within.append(row);
    }
    setRows(std::move(within));
    return Done{};
}

} // namespace tsunagu::ui
