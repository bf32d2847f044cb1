// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace tsunagu::ui {

// Sorts by SortRole and filters rows of a RowTableModel by: an exact key in one column (FilterRole), a role
// that must be true, and free text in any column (case-insensitive).
class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxy(QObject* parent = nullptr);

    void setKeyFilter(int column, const QString& key); // empty key: no filtering
    void setRequiredRole(int role);                    // 0: none
    void setSearchText(const QString& text);
    // Only rows whose key in `column` is one of `keys` (a host's rooms); an empty list: no filtering.
    void setKeySetFilter(int column, const QStringList& keys);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_keyColumn = -1;
    QString m_key;
    int m_requiredRole = 0;
    QString m_search;
    int m_keySetColumn = -1;
    QStringList m_keySet;
};

} // namespace tsunagu::ui
