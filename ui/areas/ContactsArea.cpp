// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ContactsArea.h"

#include "common/TableFilterProxy.h"
#include "models/ContactTableModel.h"

#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

ContactsArea::ContactsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Contacts"), parent)
{
    setObjectName(QStringLiteral("contactsArea"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by organisation, kind, region or person…"));
    m_search->setClearButtonEnabled(true);
    contentLayout()->addWidget(m_search);

    m_model = new ContactTableModel(services.contacts, this);
    auto* proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_model);
    auto* view = makeTableView(proxy, QStringLiteral("contactsView"), this);
    view->sortByColumn(ContactTableModel::RegionColumn, Qt::AscendingOrder);
    contentLayout()->addWidget(view, 1);
    connect(m_search, &QLineEdit::textChanged, proxy, &TableFilterProxy::setSearchText);
}

StoreResult<Done> ContactsArea::reload()
{
    return m_model->reload();
}

} // namespace tsunagu::ui
