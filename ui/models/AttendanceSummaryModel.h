// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"
#include "models/RowTableModel.h"
#include "storage/MeetingRepository.h"

namespace tsunagu::ui {

// Attendance per room over a period (集計).
class AttendanceSummaryModel : public RowTableModel<RoomAttendanceSummary>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        RoomColumn,
        HeldColumn,
        TotalColumn,
        AverageColumn,
        PersonsColumn,
        FamiliesColumn,
        FirstTimersColumn
    };

    explicit AttendanceSummaryModel(MeetingRepository& meetings, QObject* parent = nullptr);
    // Meetings that started in [from, to).
    StoreResult<Done> reload(const QDateTime& from, const QDateTime& to);
    // Rows read elsewhere (on a worker thread, through a connection of its own).
    void showRows(QVector<RoomAttendanceSummary> rows) { setRows(std::move(rows)); }

private:
    MeetingRepository& m_meetings;
};

} // namespace tsunagu::ui
