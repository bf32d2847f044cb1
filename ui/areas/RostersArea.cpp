// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/RostersArea.h"

#include "attendance/MeetingRoster.h"
#include "common/PrintPreview.h"
#include "common/TableFilterProxy.h"
#include "documents/RosterDocument.h"
#include "models/MemberTableModel.h"
#include "text/DocumentText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
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

    // A meeting's roster: the day (the room's meeting that day, with its time) and what to do with it.
    auto* actions = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("rosterDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
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
