// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QLineEdit;

namespace tsunagu::ui {

class ContactTableModel;

// 連携先: the referral directory.
class ContactsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit ContactsArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    ContactTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace tsunagu::ui
