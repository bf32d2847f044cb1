// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/IntakeArea.h"

#include "areas/ApplicantDetails.h"
#include "common/TableFilterProxy.h"
#include "common/ViewActions.h"
#include "models/ApplicantTableModel.h"
#include "models/IntakeListsLoader.h"
#include "models/MessageTableModel.h"
#include "models/RoomTableModel.h"
#include "text/ErrorText.h"
#include "text/Sentences.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace tsunagu::ui {

IntakeArea::IntakeArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Intake"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("intakeArea"));
    setAcceptDrops(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    contentLayout()->addWidget(m_summary);

    m_rooms = new RoomTableModel(services.rooms, services.database, this);
    auto* roomsProxy = new TableFilterProxy(this);
    roomsProxy->setSourceModel(m_rooms);
    m_roomsView = makeTableView(roomsProxy, QStringLiteral("roomsView"), this);
    for (int column : {RoomTableModel::AudienceColumn, RoomTableModel::ScheduleColumn, RoomTableModel::DeadlineColumn,
                       RoomTableModel::FormColumn})
        m_roomsView->hideColumn(column);
    // How many wait comes right after the code, then the status; the long name last, where it may be cut, so the
    // count stays in view in a narrow window (1100 px).
    QHeaderView* roomsHeader = m_roomsView->horizontalHeader();
    roomsHeader->moveSection(roomsHeader->visualIndex(RoomTableModel::AwaitingColumn), 1);
    roomsHeader->moveSection(roomsHeader->visualIndex(RoomTableModel::StatusColumn), 2);

    m_unclassified = new MessageTableModel(services.messages, Classification::Unclassified, this);
    m_spam = new MessageTableModel(services.messages, Classification::Spam, this);
    m_ignored = new MessageTableModel(services.messages, Classification::Ignored, this);
    // Everything but the applicant list (which reads itself) is read on a worker thread and shown when it arrives.
    m_loader = new IntakeListsLoader(services.database.path(), services.clock, this);
    connect(m_loader, &IntakeListsLoader::loaded, this, &IntakeArea::showLists);
    connect(m_loader, &IntakeListsLoader::failed, this,
            [this](const StoreFailure& failure) { reloadFinished(failure); });
    for (MessageTableModel* list : {m_unclassified, m_spam, m_ignored}) {
        // The columns fit the rows once the last batch is in.
        connect(list, &MessageTableModel::filled, this, [this] {
            if (!m_showingLists && !isLoading())
                reloadFinished(Done{});
        });
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("intakeTabs"));
    m_tabs->addTab(createWaitingTab(), tr("Waiting for a reply"));
    m_tabs->addTab(createMailTab(m_unclassified, QStringLiteral("unclassifiedView"), true), tr("Unclassified"));
    m_tabs->addTab(createMailTab(m_spam, QStringLiteral("spamView"), true), tr("Spam"));
    // Ignoring is undone here: the mail goes back to 未分類.
    m_tabs->addTab(createMailTab(m_ignored, QStringLiteral("ignoredView"), false), tr("Ignored"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("intakeSplitter"));
    splitter->addWidget(m_roomsView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({260, 700});
    contentLayout()->addWidget(splitter, 1);

    // Choosing a room shows only its applicants; choosing nothing shows all rooms.
    connect(m_roomsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IntakeArea::roomSelected);
}

void IntakeArea::setMailPanel(QWidget* panel)
{
    contentLayout()->insertWidget(0, panel);
}

QWidget* IntakeArea::createWaitingTab()
{
    // Read, filtered and sorted by SQLite a page at a time, off the window's thread.
    m_applicants = new ApplicantTableModel(m_services.database.path(), m_services.clock, this);
    ApplicantListQuery waiting;
    waiting.awaitingOnly = true;
    m_applicants->setQuery(waiting);
    m_applicantsView = makeTableView(m_applicants, QStringLiteral("waitingApplicantsView"), this);
    m_applicantsView->sortByColumn(ApplicantTableModel::WaitingColumn, Qt::DescendingOrder);
    // What a host answers first: who, for which room, waiting how long, anything to check.
    m_applicantsView->hideColumn(ApplicantTableModel::NumberColumn);
    m_applicantsView->hideColumn(ApplicantTableModel::ReferralColumn);
    QHeaderView* header = m_applicantsView->horizontalHeader();
    header->moveSection(header->visualIndex(ApplicantTableModel::WaitingColumn),
                        header->visualIndex(ApplicantTableModel::RoomColumn) + 1);
    header->moveSection(header->visualIndex(ApplicantTableModel::HintsColumn),
                        header->visualIndex(ApplicantTableModel::WaitingColumn) + 1);

    // "Waiting for me": only the rooms the chosen host answers for (remembered for the next start).
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_forHost = new QComboBox(listPane);
    m_forHost->setObjectName(QStringLiteral("forHostCombo"));
    filterRow->addWidget(new QLabel(tr("Show"), listPane));
    filterRow->addWidget(m_forHost, 1);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_applicantsView, 1);
    // A handful of hosts, read once here so that the choice remembered from the last start applies at once.
    auto hosts = m_services.hosts.all();
    fillHosts(hosts ? hosts.value() : QVector<Host>());
    connect(m_forHost, &QComboBox::currentIndexChanged, this, &IntakeArea::hostChosen);

    m_details = new ApplicantDetails(m_services, this);
    m_details->listActions().attachTo(m_applicantsView);
    connect(m_details, &ApplicantDetails::applicantChanged, this, &IntakeArea::storeChanged);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(listPane);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 340});
    connect(m_applicantsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IntakeArea::applicantSelected);
    // A reload (new mail, a reply sent) keeps the applicant the host is reading when they are still waiting; one who
    // left the list takes their application out of the details pane with them.
    connect(m_applicants, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndexList rows = m_applicantsView->selectionModel()->selectedRows();
        m_keepSelected = rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
    });
    connect(m_applicants, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = std::exchange(m_keepSelected, 0);
        for (int row = 0; keep > 0 && row < m_applicants->rowCount(); ++row) {
            if (m_applicants->index(row, 0).data(IdRole).toLongLong() == keep) {
                m_applicantsView->selectRow(row);
                return; // selectionChanged shows them again
            }
        }
        applicantSelected();
    });
    // The columns fit what the first page shows, once it is there.
    connect(m_applicants, &ApplicantTableModel::pageLoaded, this, [this] {
        if (m_applicants->rowCount() <= ApplicantTableModel::s_firstPage) {
            m_applicantsView->resizeColumnsToContents();
            // A long hint is cut (its whole text is the cell's tooltip) so that the received time and the status
            // after it stay within reach in a narrow window.
            constexpr int hintsWidth = 240;
            if (m_applicantsView->columnWidth(ApplicantTableModel::HintsColumn) > hintsWidth)
                m_applicantsView->setColumnWidth(ApplicantTableModel::HintsColumn, hintsWidth);
        }
    });
    return split;
}

QWidget* IntakeArea::createMailTab(MessageTableModel* model, const QString& viewName, bool withActions)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* proxy = new TableFilterProxy(page);
    proxy->setSourceModel(model);
    QTableView* view = makeTableView(proxy, viewName, page);
    view->sortByColumn(MessageTableModel::ReceivedColumn, Qt::DescendingOrder);
    auto* preview = new QPlainTextEdit(page);
    preview->setObjectName(viewName + QStringLiteral("Preview"));
    preview->setReadOnly(true);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(view);
    split->addWidget(preview);
    layout->addWidget(split, 1);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, preview, [this, view, preview] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        preview->clear();
        if (rows.isEmpty())
            return;
        auto message = m_services.messages.byId(rows.first().data(IdRole).toLongLong());
        if (message)
            preview->setPlainText(message->bodyText);
    });
    // A reload clears the selection without a selectionChanged signal: the text of a mail that left the list (made
    // an applicant, ignored, restored) must not stay behind.
    connect(proxy, &QAbstractItemModel::modelReset, preview, &QPlainTextEdit::clear);
    if (withActions) {
        auto* buttons = new QHBoxLayout;
        auto* make = new QPushButton(tr("Make an applicant"), page);
        make->setObjectName(viewName + QStringLiteral("MakeApplicantButton"));
        make->setToolTip(tr("This mail is an application: create an applicant from it."));
        auto* attach = new QPushButton(tr("Attach to an applicant…"), page);
        attach->setObjectName(viewName + QStringLiteral("AttachButton"));
        attach->setToolTip(tr("An applicant wrote this mail: keep it with their application."));
        auto* ignore = new QPushButton(tr("Ignore"), page);
        ignore->setObjectName(viewName + QStringLiteral("IgnoreButton"));
        ignore->setToolTip(tr("Hide this mail from intake. It stays stored and can be found again."));
        buttons->addStretch(1);
        buttons->addWidget(make);
        buttons->addWidget(attach);
        buttons->addWidget(ignore);
        layout->addLayout(buttons);
        // The buttons act on the selected mail only.
        auto enable = [view, make, attach, ignore] {
            const bool selected = view->selectionModel()->hasSelection();
            make->setEnabled(selected);
            attach->setEnabled(selected);
            ignore->setEnabled(selected);
        };
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, page, enable);
        connect(model, &QAbstractItemModel::modelReset, page, enable);
        enable();
        ViewActions{{make, attach, ignore}, nullptr, ignore}.attachTo(view);
        connect(make, &QPushButton::clicked, this, [this, viewName] { makeApplicant(selectedMessage(viewName)); });
        connect(ignore, &QPushButton::clicked, this, [this, viewName] { ignoreMessage(selectedMessage(viewName)); });
        connect(attach, &QPushButton::clicked, this, [this, viewName] { attachMessage(selectedMessage(viewName)); });
    } else {
        auto* buttons = new QHBoxLayout;
        auto* restore = new QPushButton(tr("Back to Unclassified"), page);
        restore->setObjectName(viewName + QStringLiteral("RestoreButton"));
        restore->setToolTip(tr("Undo \"Ignore\": the mail goes back to Unclassified, where it can be made an "
                               "applicant or attached."));
        buttons->addStretch(1);
        buttons->addWidget(restore);
        layout->addLayout(buttons);
        auto enable = [view, restore] {
            restore->setEnabled(view->selectionModel()->hasSelection());
        };
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, page, enable);
        connect(model, &QAbstractItemModel::modelReset, page, enable);
        enable();
        ViewActions{{restore}, restore, nullptr}.attachTo(view);
        connect(restore, &QPushButton::clicked, this, [this, viewName] { restoreMessage(selectedMessage(viewName)); });
    }
    return page;
}

StoreResult<Done> IntakeArea::reload()
{
    // Both read on worker threads; many reloads in a row (a sync, then an import) are read once or twice.
    m_applicants->reload();
    m_loader->request();
    return Done{};
}

bool IntakeArea::isLoading() const
{
    return m_loader->isLoading() || m_unclassified->isFilling() || m_spam->isFilling() || m_ignored->isFilling();
}

void IntakeArea::showLists(const IntakeLists& lists)
{
    fillHosts(lists.hosts);
    m_showingLists = true; // the lists' filled() signals end the reload only once all are there
    m_rooms->showRows(lists.rooms);
    // Long lists come in batches (MessageTableModel::filled ends the reload then).
    m_unclassified->showRows(lists.unclassified);
    m_spam->showRows(lists.spam);
    m_ignored->showRows(lists.ignored);
    m_showingLists = false;
    updateSummary(lists.waiting.awaiting, lists.waiting.overdue);
    updateTabTitles(int(lists.unclassified.size()), int(lists.spam.size()), int(lists.ignored.size()));
    Q_EMIT waitingCounted(lists.waiting.awaiting, lists.waiting.overdue);
    if (!isLoading())
        reloadFinished(Done{});
}

void IntakeArea::fillHosts(const QVector<Host>& hosts)
{
    m_hosts = hosts;
    const QSignalBlocker blocker(m_forHost);
    const qint64 chosen = m_forHost->count() > 0 ? m_forHost->currentData().toLongLong()
                                                 : QSettings(m_services.uiStatePath, QSettings::IniFormat)
                                                       .value(QStringLiteral("intake/forHost"))
                                                       .toLongLong();
    m_forHost->clear();
    m_forHost->addItem(tr("Everyone's applicants"), qint64(0));
    for (const Host& host : m_hosts)
        m_forHost->addItem(tr("Waiting for %1 (their rooms)").arg(host.displayName), host.id);
    m_forHost->setCurrentIndex(std::max(0, m_forHost->findData(chosen)));
    hostChosen();
}

void IntakeArea::hostChosen()
{
    const qint64 hostId = m_forHost->currentData().toLongLong();
    QStringList rooms;
    if (hostId != 0) {
        for (const Host& host : qAsConst(m_hosts)) {
            if (host.id == hostId)
                rooms = host.roomCodes;
        }
        if (rooms.isEmpty())
            rooms << QStringLiteral("\x01none"); // a host without rooms waits for nobody
    }
    // Each reload fills the hosts in again: the list is read again only when the rooms changed, and the choice is
    // written only when it changed.
    ApplicantListQuery query = m_applicants->query();
    if (query.roomCodes != rooms) {
        query.roomCodes = rooms;
        m_applicants->setQuery(query);
    }
    if (hostId != m_savedForHost) {
        QSettings(m_services.uiStatePath, QSettings::IniFormat).setValue(QStringLiteral("intake/forHost"), hostId);
        m_savedForHost = hostId;
    }
}

void IntakeArea::roomSelected()
{
    const QModelIndexList selected = m_roomsView->selectionModel()->selectedRows(RoomTableModel::CodeColumn);
    const QString code = selected.isEmpty() ? QString() : selected.first().data(FilterRole).toString();
    ApplicantListQuery query = m_applicants->query();
    query.roomCode = code;
    m_applicants->setQuery(query);
}

void IntakeArea::applicantSelected()
{
    const QModelIndexList rows = m_applicantsView->selectionModel()->selectedRows();
    m_details->showApplicant(rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong());
}

void IntakeArea::updateSummary(int awaiting, int overdue)
{
    // Counted by SQLite (IntakeListsLoader): the list itself may hold only its first page.
    if (awaiting == 0) {
        m_summary->setText(tr("No application is waiting for a reply."));
        return;
    }
    QString text = tr("%n application(s) waiting for a reply.", nullptr, awaiting);
    if (overdue > 0)
        text = Sentences::join(text, tr("%n past the room's reply deadline (shown in red).", nullptr, overdue));
    m_summary->setText(text);
}

void IntakeArea::updateTabTitles(int unclassified, int spam, int ignored)
{
    m_tabs->setTabText(1, tr("Unclassified (%1)").arg(unclassified));
    m_tabs->setTabText(2, tr("Spam (%1)").arg(spam));
    m_tabs->setTabText(3, tr("Ignored (%1)").arg(ignored));
}

qint64 IntakeArea::selectedMessage(const QString& viewName) const
{
    auto* view = findChild<QTableView*>(viewName);
    if (!view || !view->selectionModel()->hasSelection())
        return 0;
    return view->selectionModel()->selectedRows().first().data(IdRole).toLongLong();
}

void IntakeArea::makeApplicant(qint64 id)
{
    if (id <= 0)
        return;
    auto made = m_services.intake.makeApplicant(id);
    if (!made) {
        m_services.prompter.inform(this, ErrorText::title(made.error().code),
                                   ErrorText::explanation(made.error().code, m_services.profileDirectory));
        return;
    }
    Q_EMIT storeChanged();
}

void IntakeArea::attachMessage(qint64 id)
{
    if (id <= 0)
        return;
    // The most recent applications: the writer of a letter is nearly always among them, and a chooser of a hundred
    // thousand names would help nobody.
    ApplicantListQuery recent;
    recent.descending = true;
    auto rows = ApplicantList(m_services.database).page(recent, 0, 2000);
    if (!rows) {
        m_services.prompter.inform(this, ErrorText::title(rows.error().code),
                                   ErrorText::explanation(rows.error().code, m_services.profileDirectory));
        return;
    }
    QVector<QPair<qint64, QString>> choices;
    for (const ApplicantRow& row : rows.value()) {
        const Applicant& a = row.applicant;
        choices.append({a.id, QStringLiteral("#%1 %2 (%3, %4)")
                                  .arg(QString::number(a.id), a.anonymousName,
                                       row.roomCode.isEmpty() ? tr("no room") : row.roomCode, a.replyAddress)});
    }
    const qint64 applicantId = m_services.prompter.chooseApplicant(this, choices);
    if (applicantId <= 0)
        return;
    auto attached = m_services.intake.attach(id, applicantId);
    if (!attached) {
        m_services.prompter.inform(this, ErrorText::title(attached.error().code),
                                   ErrorText::explanation(attached.error().code, m_services.profileDirectory));
        return;
    }
    Q_EMIT storeChanged();
}

void IntakeArea::ignoreMessage(qint64 id)
{
    if (id <= 0)
        return;
    auto ignored = m_services.intake.ignore(id);
    if (!ignored) {
        m_services.prompter.inform(this, ErrorText::title(ignored.error().code),
                                   ErrorText::explanation(ignored.error().code, m_services.profileDirectory));
        return;
    }
    Q_EMIT storeChanged();
}

void IntakeArea::restoreMessage(qint64 id)
{
    if (id <= 0)
        return;
    auto restored = m_services.intake.restoreIgnored(id);
    if (!restored) {
        m_services.prompter.inform(this, ErrorText::title(restored.error().code),
                                   ErrorText::explanation(restored.error().code, m_services.profileDirectory));
        return;
    }
    Q_EMIT storeChanged();
}

void IntakeArea::dragEnterEvent(QDragEnterEvent* event)
{
    // Mail files from a file manager or a mail program that exports .eml on drag.
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    AreaWidget::dragEnterEvent(event);
}

void IntakeArea::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

} // namespace tsunagu::ui
