// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ContactFilterProxy.h"

#include "models/ContactTableModel.h"

namespace tsunagu::ui {

ContactFilterProxy::ContactFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    // Code-point order: collating thousands of names through the locale cost more than the rest of a load, and
    // Japanese names (kanji) do not sort by reading either way.
}

void ContactFilterProxy::setContactModel(ContactTableModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void ContactFilterProxy::setFilter(const ContactFilter& filter, const QDate& today)
{
    m_filter = filter;
    m_today = today;
    invalidateFilter();
}

bool ContactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_model || m_filter.isEmpty())
        return true;
    return m_filter.matches(m_model->rowAt(sourceRow), m_today);
}

} // namespace tsunagu::ui
