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

class ApplicantDetails;
class ApplicantTableModel;

// 申込者: every applicant with status, filter and search; the one selected is shown with the same details and
// actions as in 受付 (status with a note, room, reply, not an application, delete) and its status history.
class ApplicantsArea : public AreaWidget
{
    Q_OBJECT

public:
    ApplicantsArea(UiServices& services, QWidget* parent = nullptr);

Q_SIGNALS:
    // The host changed an applicant here: other areas need reloading.
    void storeChanged();

protected:
    StoreResult<Done> reload() override;

private:
    void showHistory();
    void filterChanged();
    void reselect();

    UiServices& m_services;
    ApplicantTableModel* m_applicants = nullptr;
    QTimer* m_searchDelay = nullptr; // a search starts when the host pauses typing, not at every key
    QComboBox* m_statusFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_history = nullptr;
    QTreeView* m_historyView = nullptr;
    ApplicantDetails* m_details = nullptr;
    qint64 m_reselect = 0; // the applicant shown before a reload, selected again once its row is read
};

} // namespace tsunagu::ui
