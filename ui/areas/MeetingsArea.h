// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"
#include "schedule/OccurrencePlanner.h"

class QComboBox;
class QPushButton;
class QTableView;

namespace tsunagu::ui {

class OccurrenceTableModel;

// ミーティング: the upcoming meetings of every room; one meeting can be cancelled or put back as
// planned, and its attendance entered or read from its Zoom participant list; a series added, or changed, paused and
// resumed.
class MeetingsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit MeetingsArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    void cancelSelected();
    void restoreSelected();
    void enterAttendance();
    void importZoomList();
    // The selected meeting as the attendance dialogs take it, with its room.
    PlannedOccurrence meetingOf(const OccurrenceRow& row) const;
    void moveSelected();
    // Opens the series editor: for a new series (`seriesId` 0) or the selected meeting's.
    void editSeries(qint64 seriesId);
    void selectionChanged();
    const OccurrenceRow* selectedRow() const;

    UiServices& m_services;
    OccurrenceTableModel* m_model = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_attendance = nullptr;
    QPushButton* m_zoomImport = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_addSeries = nullptr;
    QPushButton* m_editSeries = nullptr;
    QComboBox* m_range = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace tsunagu::ui
