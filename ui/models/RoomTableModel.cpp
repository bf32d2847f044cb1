// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RoomTableModel.h"

#include "text/DisplayText.h"

#include <QBrush>
#include <QPalette>

namespace tsunagu::ui {

RoomTableModel::RoomTableModel(RoomRepository& rooms, Database& database, QObject* parent)
    : RowTableModel(parent)
    , m_rooms(rooms)
    , m_applicants(database)
{
    // A paused room is shown dimmed in every column.
    auto dimmed = [](const RoomListRow& r, int role) -> QVariant {
        if (role == Qt::ForegroundRole && r.room.status == RoomStatus::Paused)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    };
    auto text = [dimmed](auto get) {
        return [dimmed, get](const RoomListRow& r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return get(r);
            if (role == IdRole)
                return r.room.id;
            if (role == FilterRole)
                return r.room.code;
            return dimmed(r, role);
        };
    };
    setColumns({
        // Rooms sort in their own order (as on the rooms' web page), not alphabetically.
        {tr("Code"),
         [text](const RoomListRow& r, int role) -> QVariant {
             if (role == SortRole)
                 return r.room.sortOrder;
             return text([](const RoomListRow& row) { return row.room.code; })(r, role);
         }},
        {tr("Room"), text([](const RoomListRow& r) { return r.room.name; })},
        {tr("For"), text([](const RoomListRow& r) { return DisplayText::audience(r.room.audience); })},
        {tr("Status"),
         [text](const RoomListRow& r, int role) -> QVariant {
             if (role == Qt::ToolTipRole)
                 return r.room.statusNote;
             return text([](const RoomListRow& row) { return DisplayText::roomStatus(row.room.status); })(r, role);
         }},
        {tr("Schedule"), text([](const RoomListRow& r) { return r.room.scheduleSummary; })},
        {tr("Reply within"),
         [text](const RoomListRow& r, int role) -> QVariant {
             if (role == SortRole)
                 return r.room.replyDeadlineDays;
             return text([](const RoomListRow& row) { return DisplayText::days(row.room.replyDeadlineDays); })(r, role);
         }},
        {tr("Waiting"),
         [text](const RoomListRow& r, int role) -> QVariant {
             if (role == SortRole)
                 return r.awaiting;
             if (role == Qt::TextAlignmentRole)
                 return int(Qt::AlignRight | Qt::AlignVCenter);
             return text([](const RoomListRow& row) { return QString::number(row.awaiting); })(r, role);
         }},
        {tr("Application form"), text([](const RoomListRow& r) { return r.room.applicationFormUrl; })},
    });
}

StoreResult<Done> RoomTableModel::reload()
{
    auto rooms = m_rooms.all();
    if (!rooms)
        return rooms.error();
    auto awaiting = m_applicants.awaitingCountByRoom();
    if (!awaiting)
        return awaiting.error();
    QVector<RoomListRow> rows;
    rows.reserve(rooms->size());
    for (const Room& room : rooms.value())
        rows.append({room, awaiting->value(room.id)});
    setRows(std::move(rows));
    return Done{};
}

} // namespace tsunagu::ui
