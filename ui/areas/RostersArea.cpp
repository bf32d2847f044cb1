// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/RostersArea.h"

#include "common/TableFilterProxy.h"
#include "models/MemberTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

RostersArea::RostersArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Rosters"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("rostersArea"));
    auto* bar = new QHBoxLayout;
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomCombo"));
    auto* label = new QLabel(tr("&Room:"), this);
    label->setBuddy(m_room);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCountLabel"));
    bar->addWidget(label);
    bar->addWidget(m_room);
    bar->addStretch(1);
    bar->addWidget(m_count);
    contentLayout()->addLayout(bar);

    m_model = new MemberTableModel(services.members, this);
    m_proxy = new TableFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    auto* view = makeTableView(m_proxy, QStringLiteral("membersView"), this);
    view->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    contentLayout()->addWidget(view, 1);

    connect(m_room, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKeyFilter(MemberTableModel::RoomColumn, m_room->currentData().toString());
        updateCount();
    });
}

StoreResult<Done> RostersArea::reload()
{
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return rooms.error();
    const QString current = m_room->currentData().toString();
    {
        const QSignalBlocker blocker(m_room);
        m_room->clear();
        m_room->addItem(tr("All rooms"), QString());
        for (const Room& room : rooms.value())
            m_room->addItem(room.code + QStringLiteral(" — ") + room.name, room.code);
        m_room->setCurrentIndex(qMax(0, m_room->findData(current)));
    }
    auto loaded = m_model->reload();
    if (!loaded)
        return loaded;
    m_proxy->setKeyFilter(MemberTableModel::RoomColumn, m_room->currentData().toString());
    updateCount();
    return Done{};
}

void RostersArea::updateCount()
{
    m_count->setText(tr("%n member(s)", nullptr, m_proxy->rowCount()));
}

} // namespace tsunagu::ui
