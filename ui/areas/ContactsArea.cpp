// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ContactsArea.h"

#include "areas/ContactPage.h"
#include "contacts/ContactCsv.h"
#include "contacts/ContactVCard.h"
#include "contacts/ReferralLinker.h"
#include "dialogs/ContactDialog.h"
#include "models/ContactFilterProxy.h"
#include "models/ContactTableModel.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace tsunagu::ui {
namespace {

constexpr ContactKind s_kinds[] = {ContactKind::SpecialistClinic,
                                   ContactKind::Clinic,
                                   ContactKind::Hospital,
                                   ContactKind::ProbationOffice,
                                   ContactKind::HealthCentre,
                                   ContactKind::MentalHealthCentre,
                                   ContactKind::RecoveryFacility,
                                   ContactKind::SelfHelpGroup,
                                   ContactKind::FamilyAssociation,
                                   ContactKind::Government,
                                   ContactKind::School,
                                   ContactKind::LegalDebt,
                                   ContactKind::Other};

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

ContactsArea::ContactsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Contacts"), parent)
    , m_services(services)
    , m_events(services.database)
    , m_links(services.database)
{
    setObjectName(QStringLiteral("contactsArea"));

    // Filters: free text, kind, region, room, and the three questions a host asks of the list.
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by organisation, person, region or notes…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kind->addItem(tr("Every kind"), QString());
    for (const ContactKind kind : s_kinds)
        m_kind->addItem(DisplayText::contactKind(kind), contactKindKey(kind));
    filters->addWidget(m_kind);
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("regionFilterEdit"));
    m_region->setPlaceholderText(tr("Prefecture or city"));
    m_region->setClearButtonEnabled(true);
    filters->addWidget(m_region, 1);
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomFilterCombo"));
    filters->addWidget(m_room);
    contentLayout()->addLayout(filters);

    auto* checks = new QHBoxLayout;
    m_stale = new QCheckBox(tr("No contact for 6 months"), this);
    m_stale->setObjectName(QStringLiteral("staleCheck"));
    m_noPoster = new QCheckBox(tr("No poster yet"), this);
    m_noPoster->setObjectName(QStringLiteral("noPosterCheck"));
    m_followUp = new QCheckBox(tr("Follow-up due"), this);
    m_followUp->setObjectName(QStringLiteral("followUpCheck"));
    checks->addWidget(m_stale);
    checks->addWidget(m_noPoster);
    checks->addWidget(m_followUp);
    checks->addStretch();
    contentLayout()->addLayout(checks);

    // Actions on the directory and on the chosen contact.
    auto* actions = new QHBoxLayout;
    auto* add = button(tr("Add…"), QStringLiteral("addContactButton"), this);
    m_edit = button(tr("Edit…"), QStringLiteral("editContactButton"), this);
    m_remove = button(tr("Remove"), QStringLiteral("removeContactButton"), this);
    m_recordContact = new QToolButton(this);
    m_recordContact->setObjectName(QStringLiteral("recordContactButton"));
    m_recordContact->setPopupMode(QToolButton::MenuButtonPopup);
    m_recordContact->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* contactMenu = new QMenu(m_recordContact);
    auto* called = new QAction(tr("Contacted today (phone)"), m_recordContact);
    called->setObjectName(QStringLiteral("recordPhoneAction"));
    connect(called, &QAction::triggered, this, [this] { recordContact(ContactChannel::Phone); });
    m_recordContact->setDefaultAction(called);
    const std::pair<ContactChannel, QString> channels[] = {{ContactChannel::Visit, tr("Visited today")},
                                                           {ContactChannel::Mail, tr("Mailed today")},
                                                           {ContactChannel::Meeting, tr("Met today at a meeting")}};
    for (const auto& [channel, text] : channels) {
        const ContactChannel chosen = channel;
        contactMenu->addAction(text, this, [this, chosen] { recordContact(chosen); });
    }
    m_recordContact->setMenu(contactMenu);

    m_recordPoster = new QToolButton(this);
    m_recordPoster->setObjectName(QStringLiteral("recordPosterButton"));
    m_recordPoster->setPopupMode(QToolButton::MenuButtonPopup);
    m_recordPoster->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* handed = new QAction(tr("Poster handed over today"), m_recordPoster);
    handed->setObjectName(QStringLiteral("recordPosterAction"));
    connect(handed, &QAction::triggered, this, [this] { recordPoster(DeliveryMethod::Handed); });
    m_recordPoster->setDefaultAction(handed);
    auto* posterMenu = new QMenu(m_recordPoster);
    posterMenu->addAction(tr("Poster sent by post today"), this, [this] { recordPoster(DeliveryMethod::Post); });
    posterMenu->addAction(tr("Poster sent by mail (PDF) today"), this, [this] { recordPoster(DeliveryMethod::Mail); });
    m_recordPoster->setMenu(posterMenu);

    auto* import = button(tr("Import CSV…"), QStringLiteral("importCsvButton"), this);
    auto* exportButton = button(tr("Export CSV…"), QStringLiteral("exportCsvButton"), this);
    m_vcard = button(tr("Save vCard…"), QStringLiteral("vcardButton"), this);
    // Two rows, so the area fits a window of 900 pixels: what is done to one contact, then files.
    for (QWidget* w : std::initializer_list<QWidget*>{add, m_edit, m_remove, m_recordContact, m_recordPoster})
        actions->addWidget(w);
    actions->addStretch();
    contentLayout()->addLayout(actions);
    auto* files = new QHBoxLayout;
    files->addStretch();
    for (QWidget* w : std::initializer_list<QWidget*>{import, exportButton, m_vcard})
        files->addWidget(w);
    contentLayout()->addLayout(files);

    m_model = new ContactTableModel(services.contacts, this);
    m_proxy = new ContactFilterProxy(this);
    m_proxy->setContactModel(m_model);
    m_view = makeTableView(m_proxy, QStringLiteral("contactsView"), this);
    m_view->sortByColumn(ContactTableModel::RegionColumn, Qt::AscendingOrder);
    // Fitting the columns measures the first rows only, not thousands of them.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_page = new ContactPage(services.contacts, m_events, m_links, this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ContactsArea::applyFilter);
    connect(m_region, &QLineEdit::textChanged, this, &ContactsArea::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContactsArea::applyFilter);
    connect(m_room, &QComboBox::currentIndexChanged, this, &ContactsArea::applyFilter);
    for (QCheckBox* check : {m_stale, m_noPoster, m_followUp})
        connect(check, &QCheckBox::toggled, this, &ContactsArea::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsArea::showSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ContactsArea::editContact);
    connect(add, &QPushButton::clicked, this, &ContactsArea::addContact);
    connect(m_edit, &QPushButton::clicked, this, &ContactsArea::editContact);
    connect(m_remove, &QPushButton::clicked, this, &ContactsArea::removeContact);
    connect(import, &QPushButton::clicked, this, &ContactsArea::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &ContactsArea::exportCsv);
    connect(m_vcard, &QPushButton::clicked, this, &ContactsArea::exportVCard);
    connect(m_page, &ContactPage::changed, this, &ContactsArea::refresh);
    connect(m_page, &ContactPage::failed, this, &ContactsArea::storeFailed);
    updateButtons();
}

QDate ContactsArea::today() const
{
    return m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}

StoreResult<Done> ContactsArea::reload()
{
    // Read on a worker thread at any size: linking the applicants' referral sources reads every applicant (about
    // 80 ms with 11,000 of them). Reloads asked for while one is read are read once more after it.
    if (m_loading) {
        m_loadAgain = true;
        return Done{};
    }
    loadOffThread();
    return Done{};
}

bool ContactsArea::isLoading() const
{
    return m_loading;
}

void ContactsArea::loadOffThread()
{
    struct Job
    {
        std::optional<StoreFailure> failure;
        QVector<Room> rooms;
        QVector<ContactRow> rows;
    };
    auto job = std::make_shared<Job>();
    const QString path = m_services.database.path();
    const int serial = ++m_loadSerial;
    m_loading = true;
    m_loadAgain = false;
    ++m_loadsStarted;
    QThread* worker = QThread::create([job, path] {
        // SQLite connections are per thread (STYLE.md §16): this one opens, reads and closes here.
        Database::Options options;
        options.checkIntegrity = false; // the window's own connection checked the file when the profile opened
        auto database = Database::open(path, options);
        if (!database) {
            job->failure = database.error();
            return;
        }
        auto rooms = RoomRepository(*database.value()).all();
        if (!rooms) {
            job->failure = rooms.error();
            return;
        }
        job->rooms = std::move(rooms).value();
        ContactRepository contacts(*database.value());
        ReferralLinkRepository links(*database.value());
        // Applicants who named a contact since the last look are suggested first, so the counts are current.
        if (auto linked = ReferralLinker(contacts, links).run(); !linked) {
            job->failure = linked.error();
            return;
        }
        auto rows = contacts.all();
        if (!rows) {
            job->failure = rows.error();
            return;
        }
        job->rows = std::move(rows).value();
    });
    worker->setObjectName(QStringLiteral("contactLoad"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job, serial] {
        if (serial != m_loadSerial)
            return;
        m_loading = false;
        // Asked for again meanwhile: read once more, and show these rows until then.
        if (m_loadAgain)
            loadOffThread();
        if (job->failure) {
            if (!m_loading)
                reloadFinished(*job->failure);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        fillRooms(job->rooms);
        const qint64 keep = m_selectAfterLoad > 0 ? m_selectAfterLoad : selectedId();
        if (!m_loading)
            m_selectAfterLoad = 0;
        m_model->showRows(std::move(job->rows));
        applyFilter();
        select(keep);
        showSelected();
        m_lastApplyMs = double(timer.nsecsElapsed()) / 1e6;
        if (!m_loading)
            reloadFinished(Done{});
        Q_EMIT loaded();
    });
    worker->start();
}

void ContactsArea::fillRooms(const QVector<Room>& rooms)
{
    const qint64 roomChosen = m_room->currentData().toLongLong();
    const QSignalBlocker blocker(m_room);
    m_room->clear();
    m_room->addItem(tr("Every room"), qint64(0));
    for (const Room& room : rooms)
        m_room->addItem(room.code, room.id);
    m_room->setCurrentIndex(std::max(0, m_room->findData(roomChosen)));
}

void ContactsArea::applyFilter()
{
    ContactFilter filter;
    filter.text = m_search->text().trimmed();
    filter.region = m_region->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty())
        filter.kind = contactKindFromKey(kind);
    filter.roomId = m_room->currentData().toLongLong();
    filter.staleOnly = m_stale->isChecked();
    filter.noPosterOnly = m_noPoster->isChecked();
    filter.followUpDueOnly = m_followUp->isChecked();
    m_proxy->setFilter(filter, today());
    updateButtons();
}

qint64 ContactsArea::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

const ContactRow* ContactsArea::selectedRow() const
{
    const int row = m_model->rowOf(selectedId());
    return row < 0 ? nullptr : &m_model->rowAt(row);
}

void ContactsArea::select(qint64 contactId)
{
    const int row = m_model->rowOf(contactId);
    if (row < 0) {
        // A contact just added is selected when the reload that reads it arrives.
        if (m_loading)
            m_selectAfterLoad = contactId;
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
}

void ContactsArea::showSelected()
{
    updateButtons();
    const ContactRow* row = selectedRow();
    if (!row) {
        m_page->clear();
        return;
    }
    if (auto shown = m_page->show(*row); !shown)
        storeFailed(shown.error());
}

void ContactsArea::updateButtons()
{
    const bool chosen = selectedId() != 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_edit, m_remove, m_recordContact, m_recordPoster, m_vcard})
        w->setEnabled(chosen);
}

void ContactsArea::storeFailed(const StoreFailure& failure)
{
    m_services.prompter.inform(this, ErrorText::title(failure.code),
                               ErrorText::explanation(failure.code, m_services.profileDirectory));
}

void ContactsArea::addContact()
{
    Contact fresh;
    fresh.kind = ContactKind::Clinic;
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return storeFailed(rooms.error());
    auto* dialog = new ContactDialog(fresh, rooms.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const Contact& contact) -> QString {
        auto id = m_services.contacts.insert(contact);
        if (!id) {
            if (id.error().code == StoreError::ConstraintViolated)
                return tr("Another contact already has the referral code %1. Choose another code.")
                    .arg(contact.referralCode);
            return ErrorText::title(id.error().code);
        }
        refresh();
        select(id.value());
        return {};
    });
    dialog->open();
}

void ContactsArea::editContact()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto contact = m_services.contacts.find(id);
    if (!contact)
        return storeFailed(contact.error());
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return storeFailed(rooms.error());
    auto* dialog = new ContactDialog(contact.value(), rooms.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const Contact& changed) -> QString {
        auto updated = m_services.contacts.update(changed);
        if (!updated) {
            if (updated.error().code == StoreError::ConstraintViolated)
                return tr("Another contact already has the referral code %1. Choose another code.")
                    .arg(changed.referralCode);
            return ErrorText::title(updated.error().code);
        }
        refresh();
        select(changed.id);
        return {};
    });
    dialog->open();
}

void ContactsArea::removeContact()
{
    const ContactRow* row = selectedRow();
    if (!row)
        return;
    const qint64 id = row->contact.id;
    const QString text = tr("Remove %1 from the directory, with its history of contacts and posters? Applicants "
                            "it referred stay, with their referral source as they wrote it.")
                             .arg(row->contact.organisation);
    if (!m_services.prompter.confirm(this, tr("Remove contact"), text, tr("Remove")))
        return;
    if (auto removed = m_services.contacts.remove(id); !removed)
        return storeFailed(removed.error());
    refresh();
}

void ContactsArea::recordContact(ContactChannel channel)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (auto added = m_events.add({0, id, today(), channel, {}}); !added)
        return storeFailed(added.error());
    refresh();
}

QString ContactsArea::currentPosterVersion() const
{
    auto deliveries = m_services.contacts.posterDeliveries();
    if (deliveries && !deliveries->isEmpty() && !deliveries->first().delivery.posterVersion.isEmpty())
        return deliveries->first().delivery.posterVersion;
    //: The poster version recorded when none was delivered before: year and month of today.
    return QLocale().toString(today(), tr("MMMM yyyy"));
}

void ContactsArea::recordPoster(DeliveryMethod method)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    PosterDelivery delivery;
    delivery.contactId = id;
    delivery.deliveredOn = today();
    delivery.posterVersion = currentPosterVersion();
    delivery.copies = 1;
    delivery.method = method;
    if (auto added = m_services.contacts.addPosterDelivery(delivery); !added)
        return storeFailed(added.error());
    refresh();
}

void ContactsArea::importCsv()
{
    const QString path =
        m_services.prompter.chooseOpenFile(this, tr("Import contacts"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_services.prompter.inform(this, tr("Import contacts"),
                                   tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > ContactCsv::s_maxBytes) {
        m_services.prompter.inform(this, tr("Import contacts"),
                                   tr("%1 is too large for a contact list. Nothing was imported.").arg(path));
        return;
    }
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return storeFailed(rooms.error());
    QVector<Contact> existing;
    for (const ContactRow& row : m_model->rows())
        existing.append(row.contact);

    // Decoding and parsing a large sheet happens on a worker thread; storing it, in one transaction, here.
    struct Job
    {
        ContactCsv::Plan plan;
        ContactCsv::ReadError error = ContactCsv::ReadError::None;
    };
    auto job = std::make_shared<Job>();
    const QByteArray bytes = file.readAll();
    const QVector<Room> roomList = rooms.value();
    QThread* worker = QThread::create(
        [job, bytes, existing, roomList] { job->plan = ContactCsv::read(bytes, existing, roomList, &job->error); });
    worker->setObjectName(QStringLiteral("contactImport"));
    setEnabled(false);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job, path] {
        setEnabled(true);
        const ContactCsv::Plan& plan = job->plan;
        QString message;
        switch (job->error) {
        case ContactCsv::ReadError::None:
            break;
        case ContactCsv::ReadError::Empty:
            message = tr("%1 has no rows. Nothing was imported.").arg(path);
            break;
        case ContactCsv::ReadError::TooLarge:
            message = tr("%1 is too large for a contact list. Nothing was imported.").arg(path);
            break;
        case ContactCsv::ReadError::NoOrganisationColumn:
            message = tr("%1 has no column with the organisation's name (団体名). Add one with that header and "
                         "try again. Nothing was imported.")
                          .arg(path);
            break;
        }
        if (!message.isEmpty()) {
            m_services.prompter.inform(this, tr("Import contacts"), message);
            return;
        }
        auto stored = m_services.contacts.insertAll(plan.contacts);
        if (!stored)
            return storeFailed(stored.error());
        QStringList lines;
        lines << tr("%n contact(s) imported (the file was %1).", nullptr, int(plan.contacts.size())).arg(plan.encoding);
        if (!plan.unknownColumns.isEmpty())
            lines << tr("Columns left out: %1").arg(plan.unknownColumns.join(QStringLiteral(", ")));
        int duplicates = 0;
        int unnamed = 0;
        for (const auto& skipped : plan.skipped) {
            if (skipped.why == ContactCsv::Plan::Skipped::Why::NoOrganisation)
                ++unnamed;
            else
                ++duplicates;
        }
        if (duplicates > 0)
            lines << tr("%n row(s) were already in the directory and were skipped.", nullptr, duplicates);
        if (unnamed > 0)
            lines << tr("%n row(s) had no organisation name and were skipped.", nullptr, unnamed);
        for (const auto& unread : plan.unread)
            lines << tr("Line %1: %2 「%3」 was not understood and left empty.")
                         .arg(unread.line)
                         .arg(unread.column, unread.value);
        refresh();
        m_services.prompter.inform(this, tr("Import contacts"), lines.join(QLatin1Char('\n')));
    });
    worker->start();
}

void ContactsArea::exportCsv()
{
    const QString path =
        m_services.prompter.chooseSaveFile(this, tr("Export contacts"), tr("contacts.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ContactCsv::write(file, m_model->rows()) || !file.commit()) {
        m_services.prompter.inform(this, tr("Export contacts"),
                                   tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
}

void ContactsArea::exportVCard()
{
    const ContactRow* row = selectedRow();
    if (!row)
        return;
    const Contact contact = row->contact;
    const QString path = m_services.prompter.chooseSaveFile(
        this, tr("Save vCard"), contact.organisation + QStringLiteral(".vcf"), tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    const QByteArray card = ContactVCard::write(contact, DisplayText::contactKind(contact.kind));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(card) != card.size() || !file.commit()) {
        m_services.prompter.inform(this, tr("Save vCard"),
                                   tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
}

} // namespace tsunagu::ui
