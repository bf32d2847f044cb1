// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QLabel;
class QTableView;

namespace tsunagu::ui {

class ApplicantTableModel;
class RoomTableModel;
class TableFilterProxy;

// 受付: the rooms with how many applicants wait for them, and the waiting applicants, longest wait first.
class IntakeArea : public AreaWidget
{
    Q_OBJECT

public:
    IntakeArea(UiServices& services, ApplicantTableModel& applicants, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    void roomSelected();
    void updateSummary();

    ApplicantTableModel& m_applicants;
    RoomTableModel* m_rooms = nullptr;
    TableFilterProxy* m_waiting = nullptr;
    QTableView* m_roomsView = nullptr;
    QTableView* m_applicantsView = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace tsunagu::ui
