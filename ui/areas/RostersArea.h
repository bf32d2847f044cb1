// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QComboBox;
class QLabel;
class QTableView;

namespace tsunagu::ui {

class MemberTableModel;
class TableFilterProxy;

// 名簿: the members of a room by anonymous name.
class RostersArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit RostersArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    void updateCount();

    UiServices& m_services;
    MemberTableModel* m_model = nullptr;
    TableFilterProxy* m_proxy = nullptr;
    QComboBox* m_room = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace tsunagu::ui
