// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/MeetingsArea.h"

#include "common/TableFilterProxy.h"
#include "models/OccurrenceTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

MeetingsArea::MeetingsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Meetings"), parent)
{
    setObjectName(QStringLiteral("meetingsArea"));
    auto* bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("Next 7 days"), 7);
    m_range->addItem(tr("Next 4 weeks"), 28);
    m_range->addItem(tr("Next 6 weeks"), 42);
    m_range->setCurrentIndex(1);
    auto* label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_range);
    bar->addWidget(label);
    bar->addWidget(m_range);
    bar->addStretch(1);
    auto* note = new QLabel(tr("Times are Japan time."), this);
    bar->addWidget(note);
    contentLayout()->addLayout(bar);

    m_model = new OccurrenceTableModel(services.meetings, services.clock, this);
    auto* proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_model);
    m_view = makeTableView(proxy, QStringLiteral("meetingsView"), this);
    m_view->sortByColumn(OccurrenceTableModel::StartColumn, Qt::AscendingOrder);
    contentLayout()->addWidget(m_view, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &MeetingsArea::refresh);
}

StoreResult<Done> MeetingsArea::reload()
{
    auto loaded = m_model->reload(m_range->currentData().toInt());
    if (loaded)
        m_view->resizeColumnsToContents();
    return loaded;
}

} // namespace tsunagu::ui
