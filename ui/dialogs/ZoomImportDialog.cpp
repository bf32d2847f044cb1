// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ZoomImportDialog.h"

#include "attendance/MemberMatcher.h"
#include "common/ChoiceDelegate.h"
#include "dialogs/ZoomAliasesDialog.h"
#include "domain/RoomRules.h"
#include "models/ZoomImportModel.h"
#include "storage/HostRepository.h"
#include "storage/RoomRepository.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

#include <optional>

namespace tsunagu::ui {

// What the worker thread hands back: the list read, or why not.
struct ZoomImportDialog::ReadResult
{
    enum class Kind
    {
        Read,
        CannotOpen,
        TooLarge,
        NotAList,
    };
    Kind kind = Kind::CannotOpen;
    QString detail;
    ZoomCsvError csvError = ZoomCsvError::NotAParticipantList;
    std::optional<ZoomParticipantList> list;
};

namespace {

// A participant list is a few hundred kilobytes; anything far larger was chosen by mistake, and reading it whole
// would take the memory of the PC.
constexpr qint64 s_maxCsvBytes = 32 * 1024 * 1024;

QDate japanDate(const QDateTime& at)
{
    return at.toTimeZone(QTimeZone("Asia/Tokyo")).date();
}

} // namespace

ZoomImportDialog::ZoomImportDialog(Database& database, Prompter& prompter, const Clock& clock,
                                   const PlannedOccurrence& meeting, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_meeting(meeting)
{
    setObjectName(QStringLiteral("zoomImportDialog"));
    setWindowTitle(tr("Read a Zoom participant list"));

    // The room's own minimum minutes, and the names its hosts join under (left out as the host).
    if (auto rooms = RoomRepository(database).all()) {
        for (const Room& room : rooms.value()) {
            if (room.id == meeting.roomId)
                m_room = room;
        }
    }
    if (auto hosts = HostRepository(database).all()) {
        QVector<Host> serving = hostsOfRoom(hosts.value(), m_room.code);
        if (serving.isEmpty())
            serving = hosts.value();
        for (const Host& host : serving)
            m_hostNames << host.displayName;
    }

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title + QLatin1Char('\n') + DisplayText::dateTime(meeting.start), this);
    heading->setObjectName(QStringLiteral("meetingLabel"));
    layout->addWidget(heading);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("Choose the participant list exported from Zoom (Reports → Usage → Participants → "
                           "Export)."),
                        this);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_file->setWordWrap(true);
    m_choose = new QPushButton(tr("&Choose a file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_model = new ZoomImportModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("participantsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setEnabled(false);
    auto* aliases = buttons->addButton(tr("Remembered &names…"), QDialogButtonBox::ActionRole);
    aliases->setObjectName(QStringLiteral("aliasesButton"));
    aliases->setEnabled(m_room.id != 0);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ZoomImportDialog::chooseFile);
    connect(aliases, &QPushButton::clicked, this, &ZoomImportDialog::showAliases);
    connect(buttons, &QDialogButtonBox::accepted, this, &ZoomImportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &ZoomImportModel::rowsEdited, this, &ZoomImportDialog::updateSummary);
    resize(900, 560);
}

ZoomImportDialog::~ZoomImportDialog() = default;

void ZoomImportDialog::chooseFile()
{
    const QString path =
        m_prompter.chooseOpenFile(this, tr("Zoom participant list"), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ZoomImportDialog::openFile(const QString& path)
{
    if (m_reading)
        return;
    m_reading = true;
    m_preview.reset();
    m_model->clear();
    m_save->setEnabled(false);
    m_choose->setEnabled(false);
    m_problem->hide();
    m_file->setText(QDir::toNativeSeparators(path));
    m_summary->setText(tr("Reading the list…"));

    ZoomImportOptions options;
    options.minimumMinutes = m_room.id != 0 ? m_room.minimumMinutes : options.minimumMinutes;
    options.hostNames = m_hostNames;
    auto result = std::make_shared<ReadResult>();
    // Reading and parsing run off the window's thread: a large file must not freeze it.
    QThread* worker = QThread::create([path, options, result] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result->kind = ReadResult::Kind::CannotOpen;
            result->detail = file.errorString();
            return;
        }
        if (file.size() > s_maxCsvBytes) {
            result->kind = ReadResult::Kind::TooLarge;
            return;
        }
        auto read = ZoomParticipants::read(file.readAll(), options);
        if (!read) {
            result->kind = ReadResult::Kind::NotAList;
            result->csvError = read.error().code;
            result->detail = read.error().detail;
            return;
        }
        result->kind = ReadResult::Kind::Read;
        result->list = read.value();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result] {
        m_reading = false;
        m_choose->setEnabled(true);
        showRead(*result);
        Q_EMIT listRead();
    });
    worker->start();
}

void ZoomImportDialog::showProblem(const QString& sentence)
{
    m_summary->clear();
    m_problem->setText(sentence + QLatin1Char(' ') + tr("Nothing was saved."));
    m_problem->show();
}

void ZoomImportDialog::showRead(const ReadResult& result)
{
    switch (result.kind) {
    case ReadResult::Kind::CannotOpen:
        showProblem(tr("The file could not be opened (%1).").arg(result.detail));
        return;
    case ReadResult::Kind::TooLarge:
        showProblem(tr("This file is larger than 32 MB, far larger than any participant list. Check that you "
                       "chose the right file."));
        return;
    case ReadResult::Kind::NotAList:
        switch (result.csvError) {
        case ZoomCsvError::NotAParticipantList:
            showProblem(tr("This file is not a Zoom participant list: it has no column of names and minutes. "
                           "Export the list from Zoom (Reports → Usage → Participants → Export) and choose that "
                           "file."));
            return;
        case ZoomCsvError::BadRow:
            showProblem(tr("A row of this participant list cannot be read (%1). Export the list from Zoom again.")
                            .arg(result.detail));
            return;
        case ZoomCsvError::NoParticipants:
            showProblem(tr("This participant list is empty: nobody is listed under its header."));
            return;
        case ZoomCsvError::TooLarge:
            showProblem(tr("This file has more rows than any meeting has participants. Check that you chose the "
                           "right file."));
            return;
        }
        return;
    case ReadResult::Kind::Read:
        break;
    }

    auto preview = AttendanceImporter(m_database).previewFor(*result.list, m_meeting);
    if (!preview) {
        if (preview.error().code == ImportError::OtherDate) {
            const QDate listDate = QDate::fromString(preview.error().detail, Qt::ISODate);
            showProblem(tr("This list is of the meeting on %1, but the meeting chosen is on %2. Choose the list of "
                           "that day, or the meeting of the list.")
                            .arg(DisplayText::date(listDate), DisplayText::date(japanDate(m_meeting.start))));
        } else {
            showProblem(tr("The list could not be matched with the room's members (%1).").arg(preview.error().detail));
        }
        return;
    }
    m_preview = std::make_unique<ImportPreview>(preview.value());

    QVector<ZoomImportRow> rows;
    rows.reserve(m_preview->people.size() + m_preview->list.leftOut.size());
    for (const ImportedPerson& person : m_preview->people) {
        ZoomImportRow row;
        row.name = person.participant.name;
        row.minutes = person.participant.minutes;
        row.joins = person.participant.joins;
        row.memberId = person.memberId;
        row.category = person.category;
        rows.append(row);
    }
    const MemberMatcher matcher(m_preview->members, m_preview->aliases);
    for (const ZoomLeftOut& out : m_preview->list.leftOut) {
        ZoomImportRow row;
        row.name = out.name;
        row.minutes = out.minutes;
        row.found =
            out.reason == ZoomLeftOut::Reason::Host ? ZoomImportRow::Found::Host : ZoomImportRow::Found::TooShort;
        row.counted = false;
        if (const Member* member = matcher.match(out.name)) {
            row.memberId = member->id;
            row.category = member->category;
        }
        rows.append(row);
    }
    m_model->setRows(rows, m_preview->members, m_room.id != 0 ? m_room.minimumMinutes : 5);
    m_view->resizeColumnsToContents();
    m_save->setEnabled(true);
}

void ZoomImportDialog::updateSummary()
{
    if (!m_preview) {
        if (!m_reading)
            m_summary->clear();
        return;
    }
    int counted = 0;
    int byCategory[4] = {0, 0, 0, 0}; // person, family, supporter, other
    int firstTimers = 0;
    int hosts = 0;
    int tooShort = 0;
    int byHand = 0;
    for (const ZoomImportRow& row : m_model->rows()) {
        if (row.counted) {
            ++counted;
            switch (row.category) {
            case Category::Person:
                ++byCategory[0];
                break;
            case Category::Family:
                ++byCategory[1];
                break;
            case Category::Supporter:
                ++byCategory[2];
                break;
            case Category::Other:
            case Category::Unknown:
                ++byCategory[3];
                break;
            }
            firstTimers += row.firstTime ? 1 : 0;
        } else if (row.found == ZoomImportRow::Found::Host) {
            ++hosts;
        } else if (row.found == ZoomImportRow::Found::TooShort) {
            ++tooShort;
        } else {
            ++byHand;
        }
    }
    const QString separator = tr(", ", "between the parts of a count");
    QStringList kinds;
    const QString kindFormats[] = {tr("persons %1"), tr("families %1"), tr("supporters/visitors %1"), tr("others %1")};
    for (int i = 0; i < 4; ++i) {
        if (byCategory[i] > 0)
            kinds << kindFormats[i].arg(byCategory[i]);
    }
    QString text = kinds.isEmpty() ? tr("Participants: %n", nullptr, counted)
                                   : tr("Participants: %n (%1)", nullptr, counted).arg(kinds.join(separator));
    if (firstTimers > 0)
        text = tr("%1, %2").arg(text, tr("first time %n", nullptr, firstTimers));
    QStringList reasons;
    if (hosts > 0)
        reasons << tr("host %1").arg(hosts);
    if (tooShort > 0)
        reasons << tr("under %1 min %2").arg(m_room.id != 0 ? m_room.minimumMinutes : 5).arg(tooShort);
    if (byHand > 0)
        reasons << tr("left out by you %1").arg(byHand);
    const int leftOut = hosts + tooShort + byHand;
    const QString leftOutText = reasons.isEmpty()
                                    ? tr("left out: %n", nullptr, leftOut)
                                    : tr("left out: %n (%1)", nullptr, leftOut).arg(reasons.join(separator));
    m_summary->setText(tr("%1, %2").arg(text, leftOutText));
}

void ZoomImportDialog::save()
{
    if (!m_preview)
        return;
    ImportPreview entry = *m_preview;
    entry.people.clear();
    QHash<QString, qint64> remembered;
    for (const ZoomImportRow& row : m_model->rows()) {
        if (row.remember && row.memberId != 0)
            remembered.insert(ZoomParticipants::foldName(row.name), row.memberId);
        if (!row.counted)
            continue;
        ImportedPerson person;
        person.participant.name = row.name;
        person.participant.minutes = row.minutes;
        person.participant.joins = row.joins;
        person.memberId = row.memberId;
        person.category = row.category;
        person.firstTime = row.firstTime;
        entry.people.append(person);
    }
    const Attendance counts = AttendanceImporter::countsOf(entry.people);
    entry.counts.persons = counts.persons;
    entry.counts.families = counts.families;
    entry.counts.supporters = counts.supporters;
    entry.counts.others = counts.others;
    entry.counts.firstTimers = counts.firstTimers;

    const AttendanceImporter importer(m_database);
    auto saved = importer.save(entry, m_clock.now(), false, remembered);
    if (!saved && saved.error().code == ImportError::AlreadyRecorded) {
        if (!m_prompter.confirm(this, tr("Attendance already recorded"),
                                tr("The attendance of the meeting on %1 is already recorded. Replace it with the %n "
                                   "participant(s) of this list?",
                                   nullptr, counts.total())
                                    .arg(DisplayText::dateTime(m_meeting.start)),
                                tr("Replace")))
            return;
        saved = importer.save(entry, m_clock.now(), true, remembered);
    }
    if (!saved) {
        m_prompter.inform(this, tr("Read a Zoom participant list"),
                          tr("The attendance could not be saved. Nothing was changed.\n%1").arg(saved.error().detail));
        return;
    }
    Q_EMIT attendanceSaved();
    accept();
}

void ZoomImportDialog::showAliases()
{
    auto* dialog = new ZoomAliasesDialog(m_database, m_room.id, m_room.code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tsunagu::ui
