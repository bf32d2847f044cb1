// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ReportsArea.h"

#include "attendance/AttendanceReport.h"
#include "common/PrintPreview.h"
#include "common/TableFilterProxy.h"
#include "documents/ReportDocument.h"
#include "models/AttendanceSummaryModel.h"
#include "text/DisplayText.h"
#include "text/DocumentText.h"

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

enum Period
{
    LastFourWeeks,
    LastThreeMonths,
    ThisYear
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
    auto* label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_period);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    bar->addWidget(label);
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(m_total);
    contentLayout()->addLayout(bar);

    m_model = new AttendanceSummaryModel(services.meetings, this);
    auto* proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_model);
    auto* view = makeTableView(proxy, QStringLiteral("summaryView"), this);
    contentLayout()->addWidget(view, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsArea::refresh);

    // The printed report: one room or all, over the period chosen above.
    auto* actions = new QHBoxLayout;
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("reportRoomCombo"));
    auto* roomLabel = new QLabel(tr("Report for &room:"), this);
    roomLabel->setBuddy(m_room);
    m_print = new QPushButton(tr("&Print report…"), this);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_savePdf = new QPushButton(tr("Save report as P&DF…"), this);
    m_savePdf->setObjectName(QStringLiteral("saveReportPdfButton"));
    actions->addWidget(roomLabel);
    actions->addWidget(m_room);
    actions->addStretch(1);
    actions->addWidget(m_print);
    actions->addWidget(m_savePdf);
    contentLayout()->addLayout(actions);
    connect(m_print, &QPushButton::clicked, this, &ReportsArea::print);
    connect(m_savePdf, &QPushButton::clicked, this, &ReportsArea::savePdf);
}

QPair<QDate, QDate> ReportsArea::period() const
{
    const QDate today = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    switch (m_period->currentData().toInt()) {
    case LastFourWeeks:
        return {today.addDays(-28), today};
    case LastThreeMonths:
        return {today.addMonths(-3), today};
    default:
        return {QDate(today.year(), 1, 1), today};
    }
}

bool ReportsArea::report(AttendanceReport* report)
{
    const qint64 roomId = m_room->currentData().toLongLong();
    const QString code = m_room->currentData(s_codeRole).toString();
    const auto [from, to] = period();
    auto built = AttendanceReportBuilder(m_services.database).build(roomId, code, from, to);
    if (!built) {
        m_services.prompter.inform(this, tr("Report"),
                                   tr("The report could not be read: %1").arg(built.error().detail));
        return false;
    }
    *report = built.value();
    return true;
}

void ReportsArea::print()
{
    AttendanceReport r;
    if (!report(&r))
        return;
    const QDate issued = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    openPrintPreview(this, ReportDocument::title(r),
                     [r, issued](QPrinter& printer) { (void)ReportDocument::render(printer, r, issued); });
}

void ReportsArea::savePdf()
{
    AttendanceReport r;
    if (!report(&r))
        return;
    const QString suggested =
        QStringLiteral("report-%1-%2.pdf")
            .arg(r.roomCode.isEmpty() ? QStringLiteral("all") : r.roomCode, r.to.toString(Qt::ISODate));
    const QString path =
        m_services.prompter.chooseSaveFile(this, tr("Save report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QDate issued = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    // Drawn and written on a worker thread; the figures were read above.
    auto result = std::make_shared<std::optional<DocumentResult>>();
    QThread* worker =
        QThread::create([result, path, r, issued] { *result = ReportDocument::writePdf(path, r, issued); });
    m_print->setEnabled(false);
    m_savePdf->setEnabled(false);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, path] {
        m_print->setEnabled(true);
        m_savePdf->setEnabled(true);
        if (!*result || !(*result)->ok()) {
            const auto error = *result ? (*result)->error() : Error<DocumentError>{DocumentError::WriteFailed, {}};
            m_services.prompter.inform(this, tr("Save report"), DocumentText::failure(error.code, path, error.detail));
            return;
        }
        m_services.prompter.inform(this, tr("Save report"), tr("The report was saved to %1.").arg(path));
    });
    worker->start();
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
    const QDateTime now = m_services.clock.now().toTimeZone(QTimeZone("Asia/Tokyo"));
    const QDate today = now.date();
    QDate from;
    switch (m_period->currentData().toInt()) {
    case LastFourWeeks:
        from = today.addDays(-28);
        break;
    case LastThreeMonths:
        from = today.addMonths(-3);
        break;
    default:
        from = QDate(today.year(), 1, 1);
        break;
    }
    const QTimeZone japan("Asia/Tokyo");
    auto loaded = m_model->reload(QDateTime(from, QTime(0, 0), japan), QDateTime(today.addDays(1), QTime(0, 0), japan));
    if (!loaded)
        return loaded;
    int meetings = 0;
    int participants = 0;
    for (const RoomAttendanceSummary& row : m_model->rows()) {
        meetings += row.meetingsHeld;
        participants += row.total();
    }
    m_total->setText(
        tr("%1 to %2: %n meeting(s)", nullptr, meetings).arg(DisplayText::date(from), DisplayText::date(today)) +
        QLatin1Char(' ') + tr("and %1 participants in all.").arg(QLocale().toString(participants)));
    return Done{};
}

} // namespace tsunagu::ui
