// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EditableTable.h"

#include "areas/AreaWidget.h"
#include "models/RowTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

EditableTable::EditableTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name + QStringLiteral("Table"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSourceModel(model);
    m_view = AreaWidget::makeTableView(m_proxy, name + QStringLiteral("View"), this);
    // Tab leaves the table for the buttons instead of walking through its cells.
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(name + QStringLiteral("AddButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(name + QStringLiteral("EditButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(name + QStringLiteral("RemoveButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &EditableTable::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT editRequested(currentRow());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT removeRequested(currentRow());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT editRequested(m_proxy->mapToSource(index).row());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, add](const QPoint& at) {
        QMenu menu(this);
        const bool onRow = m_view->indexAt(at).isValid();
        if (onRow)
            m_view->selectRow(m_view->indexAt(at).row());
        menu.addAction(add->text(), this, &EditableTable::addRequested);
        if (onRow) {
            menu.addAction(m_edit->text(), m_edit, &QPushButton::click);
            for (QAction* action : qAsConst(m_rowActions))
                menu.addAction(action);
            menu.addSeparator();
            menu.addAction(m_remove->text(), m_remove, &QPushButton::click);
        }
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EditableTable::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EditableTable::updateButtons);
    m_view->installEventFilter(this);
    updateButtons();
}

int EditableTable::currentRow() const
{
    // selectedIndexes(), not selectedRows(): a row counts as selected also when a column of it is hidden.
    const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    return indexes.isEmpty() ? -1 : m_proxy->mapToSource(indexes.first()).row();
}

void EditableTable::selectRow(int modelRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(modelRow, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

void EditableTable::addRowAction(QAction* action)
{
    m_rowActions.append(action);
    updateButtons();
}

bool EditableTable::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && currentRow() >= 0) {
            Q_EMIT editRequested(currentRow());
            return true;
        }
        if (key == Qt::Key_Delete && currentRow() >= 0) {
            Q_EMIT removeRequested(currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditableTable::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    for (QAction* action : qAsConst(m_rowActions))
        action->setEnabled(selected);
}

} // namespace tsunagu::ui
