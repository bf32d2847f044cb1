// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TableFilterProxy.h"

#include "models/RowTableModel.h"

namespace tsunagu::ui {

TableFilterProxy::TableFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TableFilterProxy::setKeyFilter(int column, const QString& key)
{
    m_keyColumn = column;
    m_key = key;
    invalidateFilter();
}

void TableFilterProxy::setRequiredRole(int role)
{
    m_requiredRole = role;
    invalidateFilter();
}

void TableFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void TableFilterProxy::setKeySetFilter(int column, const QStringList& keys)
{
    m_keySetColumn = column;
    m_keySet = keys;
    invalidateFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    if (m_requiredRole != 0 && !source->index(sourceRow, 0, sourceParent).data(m_requiredRole).toBool())
        return false;
    if (!m_key.isEmpty() && m_keyColumn >= 0 &&
        source->index(sourceRow, m_keyColumn, sourceParent).data(FilterRole).toString() != m_key)
        return false;
    if (!m_keySet.isEmpty() && m_keySetColumn >= 0 &&
        !m_keySet.contains(source->index(sourceRow, m_keySetColumn, sourceParent).data(FilterRole).toString()))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tsunagu::ui
