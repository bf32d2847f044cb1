// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QComboBox;
class QLabel;

namespace tsunagu::ui {

class AttendanceSummaryModel;

// 集計: attendance per room over a period.
class ReportsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit ReportsArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    UiServices& m_services;
    AttendanceSummaryModel* m_model = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace tsunagu::ui
