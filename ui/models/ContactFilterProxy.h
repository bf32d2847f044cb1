// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/ContactFilter.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace tsunagu::ui {

class ContactTableModel;

// Sorts the directory by SortRole and narrows it with a ContactFilter (kind, region, room, silence, posters,
// follow-up, free text).
class ContactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContactFilterProxy(QObject* parent = nullptr);
    void setContactModel(ContactTableModel* model);
    void setFilter(const ContactFilter& filter, const QDate& today);
    const ContactFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ContactTableModel* m_model = nullptr;
    ContactFilter m_filter;
    QDate m_today;
};

} // namespace tsunagu::ui
