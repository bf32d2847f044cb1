// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/IntakeArea.h"

#include "common/TableFilterProxy.h"
#include "models/ApplicantTableModel.h"
#include "models/RoomTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

IntakeArea::IntakeArea(UiServices& services, ApplicantTableModel& applicants, QWidget* parent)
    : AreaWidget(tr("Intake"), parent)
    , m_applicants(applicants)
{
    setObjectName(QStringLiteral("intakeArea"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    contentLayout()->addWidget(m_summary);

    m_rooms = new RoomTableModel(services.rooms, services.applicants, this);
    auto* roomsProxy = new TableFilterProxy(this);
    roomsProxy->setSourceModel(m_rooms);
    m_roomsView = makeTableView(roomsProxy, QStringLiteral("roomsView"), this);
    for (int column : {RoomTableModel::AudienceColumn, RoomTableModel::ScheduleColumn, RoomTableModel::DeadlineColumn,
                       RoomTableModel::FormColumn})
        m_roomsView->hideColumn(column);

    m_waiting = new TableFilterProxy(this);
    m_waiting->setSourceModel(&m_applicants);
    m_waiting->setRequiredRole(ApplicantTableModel::AwaitingRole);
    m_applicantsView = makeTableView(m_waiting, QStringLiteral("waitingApplicantsView"), this);
    m_applicantsView->sortByColumn(ApplicantTableModel::WaitingColumn, Qt::DescendingOrder);
    // What a host answers first: who, for which room, waiting how long.
    m_applicantsView->hideColumn(ApplicantTableModel::NumberColumn);
    m_applicantsView->hideColumn(ApplicantTableModel::ReferralColumn);
    QHeaderView* header = m_applicantsView->horizontalHeader();
    header->moveSection(header->visualIndex(ApplicantTableModel::WaitingColumn),
                        header->visualIndex(ApplicantTableModel::RoomColumn) + 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("intakeSplitter"));
    splitter->addWidget(m_roomsView);
    splitter->addWidget(m_applicantsView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);

    // Choosing a room shows only its applicants; choosing it again (or nothing) shows all rooms.
    connect(m_roomsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IntakeArea::roomSelected);
    connect(&m_applicants, &QAbstractItemModel::modelReset, this, &IntakeArea::updateSummary);
}

StoreResult<Done> IntakeArea::reload()
{
    // The applicant model is shared with the applicants area; the intake area, shown first, loads it.
    auto applicants = m_applicants.reload();
    if (!applicants)
        return applicants;
    auto rooms = m_rooms->reload();
    if (!rooms)
        return rooms;
    updateSummary();
    return Done{};
}

void IntakeArea::roomSelected()
{
    const QModelIndexList selected = m_roomsView->selectionModel()->selectedRows(RoomTableModel::CodeColumn);
    const QString code = selected.isEmpty() ? QString() : selected.first().data(FilterRole).toString();
    m_waiting->setKeyFilter(ApplicantTableModel::RoomColumn, code);
}

void IntakeArea::updateSummary()
{
    const int awaiting = m_applicants.awaitingCount();
    const int overdue = m_applicants.overdueCount();
    if (awaiting == 0) {
        m_summary->setText(tr("No application is waiting for a reply."));
        return;
    }
    QString text = tr("%n application(s) waiting for a reply.", nullptr, awaiting);
    if (overdue > 0)
        text += QLatin1Char(' ') + tr("%n past the room's reply deadline (shown in red).", nullptr, overdue);
    m_summary->setText(text);
}

} // namespace tsunagu::ui
