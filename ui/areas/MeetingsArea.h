// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QComboBox;
class QTableView;

namespace tsunagu::ui {

class OccurrenceTableModel;

// ミーティング: the upcoming meetings of every room.
class MeetingsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit MeetingsArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    OccurrenceTableModel* m_model = nullptr;
    QComboBox* m_range = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace tsunagu::ui
