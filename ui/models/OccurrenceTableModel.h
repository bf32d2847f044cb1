// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Meeting.h"
#include "models/RowTableModel.h"
#include "storage/MeetingRepository.h"

namespace tsunagu::ui {

// Upcoming meetings of every room, in Japan time.
class OccurrenceTableModel : public RowTableModel<OccurrenceRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        StartColumn,
        RoomColumn,
        MeetingColumn,
        TimeColumn,
        BeginnerColumn,
        StateColumn
    };

    OccurrenceTableModel(MeetingRepository& meetings, const Clock& clock, QObject* parent = nullptr);
    StoreResult<Done> reload(int days = 28);

private:
    MeetingRepository& m_meetings;
    const Clock& m_clock;
};

} // namespace tsunagu::ui
