// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ApplicantsArea.h"

#include "common/TableFilterProxy.h"
#include "models/ApplicantTableModel.h"
#include "text/DisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tsunagu::ui {

ApplicantsArea::ApplicantsArea(UiServices& services, ApplicantTableModel& applicants, QWidget* parent)
    : AreaWidget(tr("Applicants"), parent)
    , m_services(services)
    , m_applicants(applicants)
{
    setObjectName(QStringLiteral("applicantsArea"));

    auto* filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (ApplicantStatus status :
         {ApplicantStatus::New, ApplicantStatus::Checking, ApplicantStatus::Invited, ApplicantStatus::Attending,
          ApplicantStatus::OnHold, ApplicantStatus::Referred, ApplicantStatus::NotEligible, ApplicantStatus::Withdrawn})
        m_statusFilter->addItem(DisplayText::applicantStatus(status), applicantStatusKey(status));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, room or referral…"));
    m_search->setClearButtonEnabled(true);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_search, 1);
    contentLayout()->addLayout(filters);

    m_proxy = new TableFilterProxy(this);
    m_proxy->setSourceModel(&m_applicants);
    m_view = makeTableView(m_proxy, QStringLiteral("applicantsView"), this);
    m_view->sortByColumn(ApplicantTableModel::ReceivedColumn, Qt::DescendingOrder);

    m_history = new QStandardItemModel(this);
    m_historyView = new QTreeView(this);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_historyView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKeyFilter(ApplicantTableModel::StatusColumn, m_statusFilter->currentData().toString());
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicantsArea::showHistory);
    connect(&m_applicants, &QAbstractItemModel::modelReset, this, &ApplicantsArea::showHistory);
    showHistory();
}

StoreResult<Done> ApplicantsArea::reload()
{
    // The applicant model is shared with the intake area and reloaded by the main window.
    showHistory();
    return Done{};
}

void ApplicantsArea::showHistory()
{
    m_history->clear();
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Status"), tr("Host"), tr("Note")});
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first().data(IdRole).toLongLong();
    auto history = m_services.applicants.history(id);
    if (!history)
        return;
    for (const StatusChange& change : history.value()) {
        QList<QStandardItem*> items{new QStandardItem(DisplayText::dateTime(change.changedAt)),
                                    new QStandardItem(DisplayText::applicantStatus(change.status)),
                                    new QStandardItem(change.hostName), new QStandardItem(change.note)};
        m_history->appendRow(items);
    }
    m_historyView->resizeColumnToContents(0);
}

} // namespace tsunagu::ui
