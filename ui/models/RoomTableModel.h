// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Room.h"
#include "models/RowTableModel.h"
#include "storage/ApplicantList.h"
#include "storage/RoomRepository.h"

namespace tsunagu::ui {

struct RoomListRow
{
    Room room;
    int awaiting = 0; // applicants waiting for a first reply
};

class RoomTableModel : public RowTableModel<RoomListRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        CodeColumn,
        NameColumn,
        AudienceColumn,
        StatusColumn,
        ScheduleColumn,
        DeadlineColumn,
        AwaitingColumn,
        FormColumn
    };

    RoomTableModel(RoomRepository& rooms, Database& database, QObject* parent = nullptr);
    StoreResult<Done> reload();
    // Shows rows read elsewhere (on a worker thread).
    void showRows(QVector<RoomListRow> rows) { setRows(std::move(rows)); }

private:
    RoomRepository& m_rooms;
    ApplicantList m_applicants;
};

} // namespace tsunagu::ui
