// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ApplicantsArea.h"

#include "areas/ApplicantDetails.h"
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
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tsunagu::ui {

ApplicantsArea::ApplicantsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Applicants"), parent)
    , m_services(services)
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

    // Every applicant: SQLite filters, sorts and searches, and the list is read a page at a time as it scrolls.
    m_applicants = new ApplicantTableModel(services.database.path(), services.clock, this);
    m_view = makeTableView(m_applicants, QStringLiteral("applicantsView"), this);
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
    // Any applicant, not only those waiting in 受付, can be changed here: 招待済 → 参加中, a note, a room.
    m_details = new ApplicantDetails(services, this);
    m_details->listActions().attachTo(m_view);
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("applicantsSplitter"));
    sides->addWidget(splitter);
    sides->addWidget(m_details);
    sides->setStretchFactor(0, 3);
    sides->setStretchFactor(1, 2);
    sides->setChildrenCollapsible(false);
    contentLayout()->addWidget(sides, 1);
    connect(m_details, &ApplicantDetails::applicantChanged, this, &ApplicantsArea::storeChanged);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ApplicantsArea::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ApplicantsArea::filterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicantsArea::showHistory);
    connect(m_applicants, &QAbstractItemModel::modelReset, this, &ApplicantsArea::showHistory);
    connect(m_applicants, &ApplicantTableModel::pageLoaded, this, [this] {
        if (m_applicants->rowCount() <= ApplicantTableModel::s_firstPage)
            m_view->resizeColumnsToContents();
        reselect();
    });
    showHistory();
}

void ApplicantsArea::filterChanged()
{
    m_searchDelay->stop();
    ApplicantListQuery query = m_applicants->query();
    query.status = m_statusFilter->currentData().toString();
    query.search = m_search->text().trimmed();
    if (query.status != m_applicants->query().status || query.search != m_applicants->query().search)
        m_applicants->setQuery(query);
}

StoreResult<Done> ApplicantsArea::reload()
{
    // The applicant the host was reading stays in view after a change (a new status, a note) when still listed.
    m_reselect = m_details->applicantId();
    m_applicants->reload();
    showHistory();
    return Done{};
}

void ApplicantsArea::reselect()
{
    if (m_reselect == 0)
        return;
    for (int row = 0; row < m_applicants->rowCount(); ++row) {
        if (m_applicants->index(row, 0).data(IdRole).toLongLong() == m_reselect) {
            m_reselect = 0;
            m_view->selectRow(row);
            return;
        }
    }
    // Not among the rows read first (a filter hides it now, or it was deleted): the details go with it.
    m_reselect = 0;
    if (!m_view->selectionModel()->hasSelection())
        m_details->showApplicant(0);
}

void ApplicantsArea::showHistory()
{
    m_history->clear();
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Status"), tr("Host"), tr("Note")});
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        // While a reload reads the rows again, the applicant being read stays shown until its row is back.
        if (m_reselect == 0)
            m_details->showApplicant(0);
        return;
    }
    const qint64 id = selected.first().data(IdRole).toLongLong();
    m_details->showApplicant(id);
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
