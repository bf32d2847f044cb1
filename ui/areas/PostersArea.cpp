// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/PostersArea.h"

#include "common/TableFilterProxy.h"
#include "models/ContactTableModel.h"

#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

PostersArea::PostersArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Posters"), parent)
{
    setObjectName(QStringLiteral("postersArea"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    contentLayout()->addWidget(m_total);

    m_model = new PosterDeliveryTableModel(services.contacts, this);
    auto* proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_model);
    auto* view = makeTableView(proxy, QStringLiteral("deliveriesView"), this);
    view->sortByColumn(PosterDeliveryTableModel::DateColumn, Qt::DescendingOrder);
    contentLayout()->addWidget(view, 1);
}

StoreResult<Done> PostersArea::reload()
{
    auto loaded = m_model->reload();
    if (!loaded)
        return loaded;
    int copies = 0;
    QSet<qint64> places;
    for (const PosterDeliveryRow& row : m_model->rows()) {
        copies += row.delivery.copies;
        places.insert(row.delivery.contactId);
    }
    m_total->setText(tr("%n poster(s) delivered", nullptr, copies) + QLatin1Char(' ') +
                     tr("to %n place(s).", nullptr, int(places.size())));
    return Done{};
}

} // namespace tsunagu::ui
