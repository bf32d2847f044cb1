// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;
class QAbstractItemModel;

namespace tsunagu::ui {

// One area of the main window: a heading, a banner for load errors and the area's own content.
class AreaWidget : public QWidget
{
    Q_OBJECT

public:
    AreaWidget(const QString& heading, QWidget* parent = nullptr);

    // Loads the area's data again from the store; a failure shows in the banner, the old rows stay.
    void refresh();

    // A read-only, sortable table view set up the same way in every area.
    static QTableView* makeTableView(QAbstractItemModel* model, const QString& objectName, QWidget* parent);

protected:
    virtual StoreResult<Done> reload() = 0;
    QVBoxLayout* contentLayout() const { return m_content; }

private:
    void fitColumns();

    QLabel* m_banner = nullptr;
    QVBoxLayout* m_content = nullptr;
};

} // namespace tsunagu::ui
