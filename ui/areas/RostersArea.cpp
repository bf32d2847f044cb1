// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/RostersArea.h"

#include "attendance/MeetingRoster.h"
#include "common/PrintPreview.h"
#include "common/TableFilterProxy.h"
#include "common/ViewActions.h"
#include "dialogs/MemberDialog.h"
#include "documents/RosterDocument.h"
#include "models/MemberTableModel.h"
#include "text/DisplayText.h"
#include "text/DocumentText.h"
#include "text/ErrorText.h"
#include "text/MemberText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>
#include <optional>

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
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearchEdit"));
    m_search->setPlaceholderText(tr("Search by anonymous name…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(label);
    bar->addWidget(m_room);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    contentLayout()->addLayout(bar);

    // The members: the list, and beside it what the host does to them.
    m_model = new MemberTableModel(services.members, this);
    m_proxy = new TableFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = makeTableView(m_proxy, QStringLiteral("membersView"), this);
    m_view->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addMemberButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editMemberButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* list = new QHBoxLayout;
    list->addWidget(m_view, 1);
    list->addLayout(buttons);
    contentLayout()->addLayout(list, 1);
    ViewActions{{add, m_edit, m_remove}, m_edit, m_remove}.attachTo(m_view);
    connect(add, &QPushButton::clicked, this, &RostersArea::addMember);
    connect(m_edit, &QPushButton::clicked, this, &RostersArea::editMember);
    connect(m_remove, &QPushButton::clicked, this, &RostersArea::removeMember);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RostersArea::updateButtons);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text.trimmed());
        updateCount();
    });

    // A meeting's roster: the day (the room's meeting that day, with its time) and what to do with it.
    auto* actions = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("rosterDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DisplayText::dateFormat());
    m_date->setDate(services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date());
    auto* dateLabel = new QLabel(tr("Roster for the meeting &on:"), this);
    dateLabel->setBuddy(m_date);
    m_print = new QPushButton(tr("&Print roster…"), this);
    m_print->setObjectName(QStringLiteral("printRosterButton"));
    m_savePdf = new QPushButton(tr("Save as P&DF…"), this);
    m_savePdf->setObjectName(QStringLiteral("saveRosterPdfButton"));
    m_saveCsv = new QPushButton(tr("Save as CS&V…"), this);
    m_saveCsv->setObjectName(QStringLiteral("saveRosterCsvButton"));
    actions->addWidget(dateLabel);
    actions->addWidget(m_date);
    actions->addStretch(1);
    actions->addWidget(m_print);
    actions->addWidget(m_savePdf);
    actions->addWidget(m_saveCsv);
    contentLayout()->addLayout(actions);
    connect(m_print, &QPushButton::clicked, this, &RostersArea::print);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { save(false); });

    connect(m_room, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKeyFilter(MemberTableModel::RoomColumn, m_room->currentData().toString());
        updateCount();
    });
    updateButtons();
}

bool RostersArea::roster(MeetingRoster* roster)
{
    const QString code = m_room->currentData().toString();
    if (code.isEmpty()) {
        m_services.prompter.inform(this, tr("Roster"), tr("Choose a room first: a roster is for one room's meeting."));
        return false;
    }
    auto room = m_services.rooms.byCode(code);
    if (!room) {
        m_services.prompter.inform(this, tr("Roster"), tr("The room could not be read: %1").arg(room.error().detail));
        return false;
    }
    auto built = MeetingRosterBuilder(m_services.database).build(room.value(), m_date->date(), m_services.clock.now());
    if (!built) {
        m_services.prompter.inform(this, tr("Roster"),
                                   tr("The roster could not be read: %1").arg(built.error().detail));
        return false;
    }
    *roster = built.value();
    return true;
}

void RostersArea::print()
{
    MeetingRoster r;
    if (!roster(&r))
        return;
    const QDate issued = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    openPrintPreview(this, RosterDocument::title(r),
                     [r, issued](QPrinter& printer) { (void)RosterDocument::render(printer, r, issued); });
}

void RostersArea::save(bool pdf)
{
    MeetingRoster r;
    if (!roster(&r))
        return;
    const QString suggested =
        QStringLiteral("roster-%1-%2.%3")
            .arg(r.roomCode, r.date.toString(Qt::ISODate), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = m_services.prompter.chooseSaveFile(
        this, tr("Save roster"), suggested, pdf ? tr("PDF files (*.pdf)") : tr("CSV files for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    const QDate issued = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    // Written on a worker thread: a roster of a thousand members is some forty pages.
    auto result = std::make_shared<std::optional<DocumentResult>>();
    QThread* worker = QThread::create([result, path, r, issued, pdf] {
        *result = pdf ? RosterDocument::writePdf(path, r, issued) : RosterDocument::writeCsv(path, r);
    });
    m_print->setEnabled(false);
    m_savePdf->setEnabled(false);
    m_saveCsv->setEnabled(false);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, path, count = int(r.members.size())] {
        m_print->setEnabled(true);
        m_savePdf->setEnabled(true);
        m_saveCsv->setEnabled(true);
        if (!*result || !(*result)->ok()) {
            const auto error = *result ? (*result)->error() : Error<DocumentError>{DocumentError::WriteFailed, {}};
            m_services.prompter.inform(this, tr("Save roster"), DocumentText::failure(error.code, path, error.detail));
            return;
        }
        m_services.prompter.inform(this, tr("Save roster"),
                                   tr("The roster of %n member(s) was saved to %1.", nullptr, count).arg(path));
    });
    worker->start();
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
    const qint64 keep = selectedId();
    auto loaded = m_model->reload();
    if (!loaded)
        return loaded;
    m_proxy->setKeyFilter(MemberTableModel::RoomColumn, m_room->currentData().toString());
    select(keep);
    updateCount();
    return Done{};
}

void RostersArea::updateCount()
{
    m_count->setText(tr("%n member(s)", nullptr, m_proxy->rowCount()));
    updateButtons();
}

void RostersArea::updateButtons()
{
    const bool chosen = selectedId() != 0;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

qint64 RostersArea::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

const MemberRow* RostersArea::selectedRow() const
{
    const qint64 id = selectedId();
    for (const MemberRow& row : m_model->rows()) {
        if (row.member.id == id && id != 0)
            return &row;
    }
    return nullptr;
}

void RostersArea::select(qint64 memberId)
{
    if (memberId == 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).member.id != memberId)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
        break;
    }
    updateButtons();
}

void RostersArea::addMember()
{
    Member fresh;
    // A new member of the room on screen, joined today (the host changes either in the dialog).
    if (const QString code = m_room->currentData().toString(); !code.isEmpty()) {
        if (auto room = m_services.rooms.byCode(code))
            fresh.roomId = room->id;
    }
    fresh.joinedOn = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    openDialog(fresh);
}

void RostersArea::editMember()
{
    if (const MemberRow* row = selectedRow())
        openDialog(row->member);
}

void RostersArea::openDialog(const Member& member)
{
    auto rooms = m_services.rooms.all();
    if (!rooms) {
        m_services.prompter.inform(this, ErrorText::title(rooms.error().code),
                                   ErrorText::explanation(rooms.error().code, m_services.profileDirectory));
        return;
    }
    auto* dialog = new MemberDialog(member, rooms.value(), m_model->rows(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QHash<qint64, QString> codes;
    for (const Room& room : rooms.value())
        codes.insert(room.id, room.code);
    dialog->setSaver([this, codes](const Member& changed) -> QString {
        qint64 id = changed.id;
        std::optional<StoreFailure> failure;
        if (id == 0) {
            auto inserted = m_services.members.insert(changed);
            if (inserted)
                id = inserted.value();
            else
                failure = inserted.error();
        } else if (auto updated = m_services.members.update(changed); !updated) {
            failure = updated.error();
        }
        if (failure) {
            // The list was out of date (another window added the name): say which room, as the form does.
            if (failure->code == StoreError::ConstraintViolated)
                return MemberText::problem(MemberProblem::NameTaken, codes.value(changed.roomId));
            return ErrorText::title(failure->code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure->code, m_services.profileDirectory);
        }
        refresh();
        select(id);
        return {};
    });
    dialog->open();
}

void RostersArea::removeMember()
{
    const MemberRow* row = selectedRow();
    if (row == nullptr)
        return;
    const qint64 id = row->member.id;
    if (!m_services.prompter.confirm(this, tr("Remove member"),
                                     MemberText::removeQuestion(row->member.anonymousName, row->roomCode),
                                     tr("Remove")))
        return;
    if (auto removed = m_services.members.remove(id); !removed) {
        m_services.prompter.inform(this, ErrorText::title(removed.error().code),
                                   ErrorText::explanation(removed.error().code, m_services.profileDirectory));
        return;
    }
    refresh();
}

} // namespace tsunagu::ui
