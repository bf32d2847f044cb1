// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tsunagu::ui {

// A list a host can act on: a sortable table with Add, Edit and Remove buttons, the same actions in a context menu,
// double-click or Enter to edit and Delete to remove. Rows are reported in the model's own order (not the sorted
// view's). Object names are derived from `name`: nameView, nameAddButton, nameEditButton, nameRemoveButton.
class EditableTable : public QWidget
{
    Q_OBJECT

public:
    EditableTable(QAbstractItemModel* model, const QString& name, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // The selected row in the model's order, or -1.
    int currentRow() const;
    void selectRow(int modelRow);
    // Another action for the selected row, in the context menu after Edit (disabled with nothing selected).
    void addRowAction(QAction* action);

Q_SIGNALS:
    void addRequested();
    void editRequested(int row);
    void removeRequested(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QList<QAction*> m_rowActions;
};

} // namespace tsunagu::ui
