// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QComboBox;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QTableView;
class QTreeView;

namespace tsunagu::ui {

class ApplicantTableModel;

// 申込者: every applicant with status, filter and search, and the status history of the one selected.
class ApplicantsArea : public AreaWidget
{
    Q_OBJECT

public:
    ApplicantsArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    void showHistory();
    void filterChanged();

    UiServices& m_services;
    ApplicantTableModel* m_applicants = nullptr;
    QTimer* m_searchDelay = nullptr; // a search starts when the host pauses typing, not at every key
    QComboBox* m_statusFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_history = nullptr;
    QTreeView* m_historyView = nullptr;
};

} // namespace tsunagu::ui
