// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ReportsArea.h"

#include "areas/ReportCharts.h"
#include "common/PrintPreview.h"
#include "common/TableFilterProxy.h"
#include "documents/ReportDocument.h"
#include "models/AttendanceSummaryModel.h"
#include "text/DisplayText.h"
#include "text/DocumentText.h"
#include "text/ErrorText.h"
#include "text/Sentences.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace tsunagu::ui {
namespace {

constexpr int s_codeRole = Qt::UserRole + 1;
// The chart shows every meeting up to this many: ten years of twelve rooms meeting twice a week.
constexpr int s_chartMeetings = 20000;

enum Period
{
    LastFourWeeks,
    LastThreeMonths,
    ThisYear,
    LastTenYears
};

} // namespace

ReportsArea::ReportsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Reports"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("reportsArea"));
    auto* bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("Last 4 weeks"), LastFourWeeks);
    m_period->addItem(tr("Last 3 months"), LastThreeMonths);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Last 10 years"), LastTenYears);
    auto* label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_period);
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("reportRoomCombo"));
    auto* roomLabel = new QLabel(tr("&Room:"), this);
    roomLabel->setBuddy(m_room);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    bar->addWidget(label);
    bar->addWidget(m_period);
    bar->addWidget(roomLabel);
    bar->addWidget(m_room);
    bar->addStretch(1);
    bar->addWidget(m_total);
    contentLayout()->addLayout(bar);

    m_model = new AttendanceSummaryModel(services.meetings, this);
    auto* proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_model);
    auto* view = makeTableView(proxy, QStringLiteral("summaryView"), this);
    contentLayout()->addWidget(view, 1);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figuresLabel"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_figures);
    m_charts = new ReportCharts(this);
    contentLayout()->addWidget(m_charts, 2);

    auto* actions = new QHBoxLayout;
    m_print = new QPushButton(tr("&Print report…"), this);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_savePdf = new QPushButton(tr("Save report as P&DF…"), this);
    m_savePdf->setObjectName(QStringLiteral("saveReportPdfButton"));
    m_saveCsv = new QPushButton(tr("Save report as CS&V…"), this);
    m_saveCsv->setObjectName(QStringLiteral("saveReportCsvButton"));
    actions->addStretch(1);
    actions->addWidget(m_print);
    actions->addWidget(m_savePdf);
    actions->addWidget(m_saveCsv);
    contentLayout()->addLayout(actions);
    setActionsEnabled(false);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsArea::load);
    connect(m_room, &QComboBox::currentIndexChanged, this, &ReportsArea::load);
    connect(m_print, &QPushButton::clicked, this, &ReportsArea::print);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { save(false); });
}

QPair<QDate, QDate> ReportsArea::period() const
{
    const QDate today = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    switch (m_period->currentData().toInt()) {
    case LastFourWeeks:
        return {today.addDays(-28), today};
    case LastThreeMonths:
        return {today.addMonths(-3), today};
    case LastTenYears:
        return {today.addYears(-10), today};
    default:
        return {QDate(today.year(), 1, 1), today};
    }
}

StoreResult<Done> ReportsArea::reload()
{
    auto rooms = m_services.rooms.all();
    if (!rooms)
        return rooms.error();
    {
        const qint64 current = m_room->currentData().toLongLong();
        const QSignalBlocker blocker(m_room);
        m_room->clear();
        m_room->addItem(tr("All rooms"), qint64(0));
        for (const Room& room : rooms.value()) {
            m_room->addItem(room.code + QStringLiteral(" — ") + room.name, room.id);
            m_room->setItemData(m_room->count() - 1, room.code, s_codeRole);
        }
        m_room->setCurrentIndex(qMax(0, m_room->findData(current)));
    }
    load();
    return Done{};
}

void ReportsArea::load()
{
    struct Job
    {
        std::optional<StoreFailure> failure;
        QVector<RoomAttendanceSummary> rows;
        AttendanceReport report;
        ReportCharts::Points points;
    };
    auto job = std::make_shared<Job>();
    const QString path = m_services.database.path();
    const qint64 roomId = m_room->currentData().toLongLong();
    const QString code = m_room->currentData(s_codeRole).toString();
    const auto [from, to] = period();
    const int serial = ++m_loadSerial;
    m_loaded = false;
    setActionsEnabled(false);
    m_total->setText(tr("Reading the figures…"));
    QThread* worker = QThread::create([job, path, roomId, code, from = from, to = to] {
        // SQLite connections are per thread (STYLE.md §16): this one opens, reads and closes here.
        Database::Options options;
        options.checkIntegrity = false; // the window's own connection checked the file when the profile opened
        auto database = Database::open(path, options);
        if (!database) {
            job->failure = database.error();
            return;
        }
        const QTimeZone japan("Asia/Tokyo");
        auto rows =
            MeetingRepository(*database.value())
                .attendanceByRoom(QDateTime(from, QTime(0, 0), japan), QDateTime(to.addDays(1), QTime(0, 0), japan));
        if (!rows) {
            job->failure = rows.error();
            return;
        }
        job->rows = std::move(rows).value();
        auto report = AttendanceReportBuilder(*database.value()).build(roomId, code, from, to, s_chartMeetings);
        if (!report) {
            job->failure = report.error();
            return;
        }
        job->report = std::move(report).value();
        job->points = ReportCharts::pointsOf(job->report.meetings);
    });
    worker->setObjectName(QStringLiteral("reportLoad"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job, serial, from = from, to = to] {
        if (serial != m_loadSerial)
            return;
        if (job->failure) {
            m_total->setText(ErrorText::title(job->failure->code));
            Q_EMIT reportLoaded();
            return;
        }
        m_model->showRows(std::move(job->rows));
        m_report = std::move(job->report);
        int meetings = 0;
        int participants = 0;
        for (const RoomAttendanceSummary& row : m_model->rows()) {
            meetings += row.meetingsHeld;
            participants += row.total();
        }
        // Japanese sentences follow 。 without a space; Sentences::join knows which language wants one.
        m_total->setText(Sentences::join(
            tr("%1 to %2: %n meeting(s)", nullptr, meetings).arg(DisplayText::date(from), DisplayText::date(to)),
            tr("and %1 participants in all.").arg(QLocale().toString(participants))));
        const AttendanceReport& r = m_report;
        m_figures->setText(
            tr("%1: %n meeting(s) held, %2 attended in total, about %3 per meeting; first-timers %4, new members %5.",
               nullptr, r.totals.meetingsHeld)
                .arg(r.roomCode.isEmpty() ? tr("All rooms") : r.roomCode, QLocale().toString(r.totals.total()),
                     QLocale().toString(r.averagePerMeeting, 'f', 1), QLocale().toString(r.totals.firstTimers),
                     QLocale().toString(r.membersJoined)));
        m_charts->showReport(m_report, job->points);
        m_loaded = true;
        setActionsEnabled(true);
        Q_EMIT reportLoaded();
    });
    worker->start();
}

void ReportsArea::setActionsEnabled(bool enabled)
{
    m_print->setEnabled(enabled);
    m_savePdf->setEnabled(enabled);
    m_saveCsv->setEnabled(enabled);
}

void ReportsArea::print()
{
    if (!m_loaded)
        return;
    const QDate issued = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    openPrintPreview(this, ReportDocument::title(m_report),
                     [r = m_report, issued](QPrinter& printer) { (void)ReportDocument::render(printer, r, issued); });
}

void ReportsArea::save(bool pdf)
{
    if (!m_loaded)
        return;
    const AttendanceReport r = m_report;
    const QString suggested = QStringLiteral("report-%1-%2.%3")
                                  .arg(r.roomCode.isEmpty() ? QStringLiteral("all") : r.roomCode,
                                       r.to.toString(Qt::ISODate), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = m_services.prompter.chooseSaveFile(
        this, tr("Save report"), suggested, pdf ? tr("PDF files (*.pdf)") : tr("CSV files for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    const QDate issued = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    // Drawn and written on a worker thread from the figures already shown.
    auto result = std::make_shared<std::optional<DocumentResult>>();
    QThread* worker = QThread::create([result, path, r, issued, pdf] {
        *result = pdf ? ReportDocument::writePdf(path, r, issued) : ReportDocument::writeCsv(path, r);
    });
    setActionsEnabled(false);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, path] {
        setActionsEnabled(m_loaded);
        if (!*result || !(*result)->ok()) {
            const auto error = *result ? (*result)->error() : Error<DocumentError>{DocumentError::WriteFailed, {}};
            m_services.prompter.inform(this, tr("Save report"), DocumentText::failure(error.code, path, error.detail));
            return;
        }
        m_services.prompter.inform(this, tr("Save report"), tr("The report was saved to %1.").arg(path));
    });
    worker->start();
}

} // namespace tsunagu::ui
