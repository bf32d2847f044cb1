// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QLabel;

namespace tsunagu::ui {

class PosterDeliveryTableModel;

// ポスター: where posters about the rooms have been delivered.
class PostersArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit PostersArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    PosterDeliveryTableModel* m_model = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace tsunagu::ui
