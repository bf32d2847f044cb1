// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AttendanceSummaryModel.h"

#include <QLocale>

namespace tsunagu::ui {
namespace {

double share(int part, int total)
{
    return total > 0 ? 100.0 * part / total : 0.0;
}

} // namespace

AttendanceSummaryModel::AttendanceSummaryModel(MeetingRepository& meetings, QObject* parent)
    : RowTableModel(parent)
    , m_meetings(meetings)
{
    // Numbers are right-aligned and sort by value.
    auto number = [](auto value, auto format) {
        return [value, format](const RoomAttendanceSummary& r, int role) -> QVariant {
            switch (role) {
            case Qt::DisplayRole:
                return format(value(r));
            case SortRole:
                return value(r);
            case IdRole:
                return r.roomId;
            case Qt::TextAlignmentRole:
                return int(Qt::AlignRight | Qt::AlignVCenter);
            default:
                return {};
            }
        };
    };
    auto count = [](int n) {
        return QLocale().toString(n);
    };
    auto percent = [](double p) {
        return tr("%1 %").arg(QLocale().toString(p, 'f', 1));
    };
    auto average = [](double a) {
        return QLocale().toString(a, 'f', 1);
    };
    setColumns({
        {tr("Room"),
         [](const RoomAttendanceSummary& r, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return r.roomCode;
             if (role == SortRole)
                 return r.roomOrder;
             if (role == Qt::ToolTipRole)
                 return r.roomName;
             if (role == IdRole)
                 return r.roomId;
             return {};
         }},
        {tr("Meetings held"), number([](const RoomAttendanceSummary& r) { return r.meetingsHeld; }, count)},
        {tr("Participants"), number([](const RoomAttendanceSummary& r) { return r.total(); }, count)},
        {tr("Per meeting"),
         number(
             [](const RoomAttendanceSummary& r) { return r.meetingsHeld ? double(r.total()) / r.meetingsHeld : 0.0; },
             average)},
        {tr("Persons"), number([](const RoomAttendanceSummary& r) { return share(r.persons, r.total()); }, percent)},
        {tr("Families"), number([](const RoomAttendanceSummary& r) { return share(r.families, r.total()); }, percent)},
        {tr("First-timers"), number([](const RoomAttendanceSummary& r) { return r.firstTimers; }, count)},
    });
}

StoreResult<Done> AttendanceSummaryModel::reload(const QDateTime& from, const QDateTime& to)
{
    auto rows = m_meetings.attendanceByRoom(from, to);
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return Done{};
}

} // namespace tsunagu::ui
