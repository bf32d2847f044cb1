// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <functional>
#include <utility>

namespace tsunagu::ui {

// Item roles every table model answers, so views sort and select through proxies without knowing the rows.
enum ModelRole
{
    SortRole = Qt::UserRole + 1, // raw value to sort by (number, date), not the formatted text
    IdRole,                      // database id of the row's record
    FilterRole,                  // a key filters compare against (status key, room code, …)
};

// A read-only table over a vector of rows, described by columns. Each concrete model is a Q_OBJECT subclass
// that declares its translated columns; loading happens in the subclass from a repository.
template <typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString header;
        std::function<QVariant(const Row&, int role)> data;
    };

    explicit RowTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows.at(index.row());
        const QVariant value = m_columns.at(index.column()).data(row, role);
        if (role == SortRole && !value.isValid())
            return m_columns.at(index.column()).data(row, Qt::DisplayRole);
        return value;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns.at(section).header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QVector<Row>& rows() const { return m_rows; }

protected:
    void setColumns(QVector<Column> columns) { m_columns = std::move(columns); }
    void setRows(QVector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    // Adds rows at the end (the next page of a list that fills in as it is read).
    void appendRows(const QVector<Row>& rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }

private:
    QVector<Column> m_columns;
    QVector<Row> m_rows;
};

} // namespace tsunagu::ui
