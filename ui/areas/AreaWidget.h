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

    // Loads the area's data again from the store; a failure shows in the banner, the old rows stay. An area that
    // reads on a worker thread only starts here, and shows the rows (or the failure) when they arrive.
    void refresh();
    // True while an area that reads on a worker thread waits for its data (or is still filling it in).
    virtual bool isLoading() const { return false; }

    // Rows whose cells set a column's width when the columns are fitted to their contents.
    static constexpr int s_fitRows = 40;

    // A read-only, sortable table view set up the same way in every area.
    static QTableView* makeTableView(QAbstractItemModel* model, const QString& objectName, QWidget* parent);

Q_SIGNALS:
    // A reload started by refresh() was shown (or its failure, in the banner).
    void reloaded();

protected:
    // Reads the area's data, or starts reading it (then isLoading() is true until reloadFinished()).
    virtual StoreResult<Done> reload() = 0;
    // The outcome of a reload, for areas that read on a worker thread: the banner, the columns' widths.
    void reloadFinished(const StoreResult<Done>& outcome);
    QVBoxLayout* contentLayout() const { return m_content; }

private:
    void fitColumns();

    QLabel* m_banner = nullptr;
    QVBoxLayout* m_content = nullptr;
};

} // namespace tsunagu::ui
