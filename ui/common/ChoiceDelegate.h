// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace tsunagu::ui {

// The role a model answers with the choices of an editable cell: a QVariantList of QVariantMap {"label", "value"};
// the cell's Qt::EditRole is the value chosen.
constexpr int ChoicesRole = Qt::UserRole + 20;

// Edits a cell with a drop-down list of the choices the model offers for it (ChoicesRole). A choice is committed
// as soon as it is picked, so a host who picks and moves on loses nothing. The editor is named "choiceCombo".
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace tsunagu::ui
