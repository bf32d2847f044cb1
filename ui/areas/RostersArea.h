// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"
#include "domain/Member.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tsunagu {
struct MeetingRoster;
}

namespace tsunagu::ui {

class MemberTableModel;
class TableFilterProxy;

// 名簿: the members of a room by anonymous name, added, changed and removed here; a meeting's roster printed, or
// saved as PDF or CSV for Excel.
class RostersArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit RostersArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    void updateCount();
    void updateButtons();
    qint64 selectedId() const;
    const MemberRow* selectedRow() const;
    void select(qint64 memberId);
    void addMember();
    void editMember();
    void removeMember();
    // Opens the member dialog; `save` stores what the host confirmed and returns an error text or nothing.
    void openDialog(const Member& member);
    // The chosen room's roster for the chosen day; false (the host told why) when there is none.
    bool roster(MeetingRoster* roster);
    void print();
    void save(bool pdf);

    UiServices& m_services;
    MemberTableModel* m_model = nullptr;
    TableFilterProxy* m_proxy = nullptr;
    QComboBox* m_room = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QDateEdit* m_date = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_saveCsv = nullptr;
};

} // namespace tsunagu::ui
