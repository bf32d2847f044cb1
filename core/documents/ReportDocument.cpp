// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/ReportDocument.h"

#include "common/Csv.h"
#include "documents/DocumentFonts.h"
#include "documents/JapaneseDate.h"
#include "documents/PageCanvas.h"
#include "documents/PaperTable.h"
#include "documents/ReportChart.h"

#include <QDir>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QSaveFile>

#include <algorithm>

namespace tsunagu {
namespace {

// Sources beyond this many are summed into one row, so the second page never overflows.
constexpr int s_sourceRows = 25;

QString count(qint64 value)
{
    // Thousands separated as Japanese writes them: 24,752.
    return QLocale(QLocale::Japanese, QLocale::Japan).toString(value);
}

class Flow
{
public:
    explicit Flow(PageCanvas& canvas)
        : m_canvas(canvas)
        , m_y(canvas.body().top())
    {}

    double y() const { return m_y; }
    void skip(double mm) { m_y += m_canvas.mm(mm); }
    void setY(double y) { m_y = y; }

    void text(const QString& text, const QFont& font, const QColor& colour = Qt::black, double gapMm = 2)
    {
        QPainter& p = m_canvas.painter();
        const QRectF body = m_canvas.body();
        p.setFont(font);
        p.setPen(colour);
        const QRectF box = p.boundingRect(QRectF(body.left(), m_y, body.width(), 1e6), Qt::TextWordWrap, text);
        p.drawText(QRectF(body.left(), m_y, body.width(), box.height()), Qt::TextWordWrap, text);
        m_y += box.height() + m_canvas.mm(gapMm);
    }

    void table(const PaperTable& table, double widthShare, const QVector<QStringList>& rows, bool lastBold = false)
    {
        QPainter& p = m_canvas.painter();
        const QRectF body = m_canvas.body();
        const double width = body.width() * widthShare;
        m_y = table.drawHeader(p, body.left(), m_y, width);
        for (int i = 0; i < rows.size(); ++i)
            m_y = table.drawRow(p, body.left(), m_y, width, rows.at(i), lastBold && i == rows.size() - 1);
        m_y += m_canvas.mm(5);
    }

private:
    PageCanvas& m_canvas;
    double m_y;
};

QVector<QStringList> summaryRows(const AttendanceReport& r)
{
    const QString median =
        r.medianFirstReplySeconds < 0
            ? QStringLiteral("—（返信なし）")
            : QStringLiteral("%1時間").arg(QString::number(r.medianFirstReplySeconds / 3600.0, 'f', 1));
    return {{QStringLiteral("開催回数"), count(r.totals.meetingsHeld) + QStringLiteral("回")},
            {QStringLiteral("延べ参加者数"), count(r.totals.total()) + QStringLiteral("名")},
            {QStringLiteral("1回あたりの平均"), QString::number(r.averagePerMeeting, 'f', 1) + QStringLiteral("名")},
            {QStringLiteral("初参加"), count(r.totals.firstTimers) + QStringLiteral("名")},
            {QStringLiteral("新しいメンバー"), count(r.membersJoined) + QStringLiteral("名")},
            {QStringLiteral("最初の返信までの時間（中央値）"), median}};
}

QVector<QStringList> categoryRows(const AttendanceReport& r)
{
    const qint64 counts[] = {r.totals.persons, r.totals.families, r.totals.supporters, r.totals.others};
    QVector<QStringList> rows;
    for (int i = 0; i < 4; ++i)
        rows.append({ReportChart::categoryName(i), count(counts[i]) + QStringLiteral("名"),
                     ReportDocument::percent(r.sharesPermille[size_t(i)])});
    rows.append({QStringLiteral("合計"), count(r.totals.total()) + QStringLiteral("名"),
                 r.totals.total() > 0 ? QStringLiteral("100.0%") : QStringLiteral("—")});
    return rows;
}

QVector<QStringList> sourceRows(const AttendanceReport& r)
{
    QVector<QStringList> rows;
    int rest = 0;
    int total = 0;
    for (int i = 0; i < r.referralSources.size(); ++i) {
        const auto& source = r.referralSources.at(i);
        total += source.second;
        if (i < s_sourceRows - 1 || r.referralSources.size() == s_sourceRows)
            rows.append({source.first.isEmpty() ? QStringLiteral("（記入なし）") : source.first,
                         count(source.second) + QStringLiteral("名")});
        else
            rest += source.second;
    }
    if (rest > 0)
        rows.append({QStringLiteral("そのほか"), count(rest) + QStringLiteral("名")});
    rows.append({QStringLiteral("合計"), count(total) + QStringLiteral("名")});
    return rows;
}

} // namespace

QString ReportDocument::contentsNote()
{
    return QStringLiteral("この報告書には、ミーティングの回数と参加人数などの集計値だけを載せています。"
                          "参加者の名前や連絡先は載せていません。");
}

QString ReportDocument::title(const AttendanceReport& report)
{
    return report.roomCode.isEmpty() ? QStringLiteral("参加状況の報告　全ルーム")
                                     : QStringLiteral("参加状況の報告　ルーム%1").arg(report.roomCode);
}

QString ReportDocument::periodLine(const AttendanceReport& report)
{
    return QStringLiteral("期間：%1〜%2").arg(JapaneseDate::date(report.from), JapaneseDate::date(report.to));
}

QString ReportDocument::percent(int permille)
{
    return QStringLiteral("%1.%2%").arg(permille / 10).arg(permille % 10);
}

DocumentResult ReportDocument::render(QPaintDevice& device, const AttendanceReport& report, const QDate& issued)
{
    PageCanvas canvas(device);
    if (!canvas.isActive())
        return Error<DocumentError>{DocumentError::WriteFailed, QStringLiteral("the page could not be painted")};
    // An image (a preview of the first page) has one page only: the sources' page is left off.
    const bool paged = dynamic_cast<QPagedPaintDevice*>(&device) != nullptr;
    const bool sourcesPage = paged && !report.referralSources.isEmpty();
    const int pages = sourcesPage ? 2 : 1;
    const QString footerLeft =
        QStringLiteral("発行日 ") + JapaneseDate::date(issued) + QStringLiteral("　") + title(report);
    const QFont tableFont = DocumentFonts::font(10);
    const QFont heading = DocumentFonts::font(12, QFont::Bold);
    const double row = canvas.mm(7);

    Flow flow(canvas);
    flow.text(contentsNote(), DocumentFonts::font(9), QColor(0x44, 0x44, 0x44), 4);
    flow.text(title(report), DocumentFonts::font(16, QFont::Bold), Qt::black, 1.5);
    flow.text(periodLine(report), DocumentFonts::font(11), Qt::black, 5);

    flow.text(QStringLiteral("概要"), heading);
    flow.table(PaperTable({{QStringLiteral("項目"), 0.6}, {QStringLiteral("値"), 0.4, Qt::AlignRight}}, row, tableFont),
               0.62, summaryRows(report));

    flow.text(QStringLiteral("区分ごとの内訳（延べ人数）"), heading);
    flow.table(PaperTable({{QStringLiteral("区分"), 0.4},
                           {QStringLiteral("人数"), 0.3, Qt::AlignRight},
                           {QStringLiteral("割合"), 0.3, Qt::AlignRight}},
                          row, tableFont),
               0.62, categoryRows(report), true);

    const QRectF body = canvas.body();
    const double shareHeight = canvas.mm(20);
    ReportChart::drawShares(canvas, QRectF(body.left(), flow.y(), body.width(), shareHeight), report);
    flow.setY(flow.y() + shareHeight + canvas.mm(4));

    flow.text(QStringLiteral("ミーティングごとの参加者数"), heading, Qt::black, 1);
    const double chartBottom = body.bottom() - canvas.mm(2);
    if (chartBottom - flow.y() > canvas.mm(40))
        ReportChart::drawMeetings(canvas, QRectF(body.left(), flow.y(), body.width(), chartBottom - flow.y()),
                                  report.meetings);
    canvas.drawFooter(footerLeft, QStringLiteral("1 / %1").arg(pages));

    if (sourcesPage) {
        if (!canvas.newPage())
            return Error<DocumentError>{DocumentError::WriteFailed, QStringLiteral("page 2 could not start")};
        flow.setY(canvas.body().top());
        flow.text(QStringLiteral("申し込みの紹介元（期間中に届いた申し込み）"), heading);
        flow.table(PaperTable({{QStringLiteral("紹介元（申込者の記入）"), 0.7},
                               {QStringLiteral("申込者"), 0.3, Qt::AlignRight}},
                              row, tableFont),
                   0.8, sourceRows(report), true);
        canvas.drawFooter(footerLeft, QStringLiteral("2 / 2"));
    }
    if (!canvas.end())
        return Error<DocumentError>{DocumentError::WriteFailed, QStringLiteral("the pages could not be finished")};
    return std::monostate{};
}

DocumentResult ReportDocument::writePdf(const QString& path, const AttendanceReport& report, const QDate& issued)
{
    return PdfFile::write(path, PaperSize::A4, title(report),
                          [&](QPagedPaintDevice& device) { return render(device, report, issued); });
}

DocumentResult ReportDocument::writePdf(QIODevice& device, const AttendanceReport& report, const QDate& issued)
{
    return PdfFile::write(device, PaperSize::A4, title(report),
                          [&](QPagedPaintDevice& pdf) { return render(pdf, report, issued); });
}

DocumentResult ReportDocument::writeCsv(const QString& path, const AttendanceReport& report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error<DocumentError>{DocumentError::CannotCreate,
                                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    CsvWriter csv(file);
    csv.writeRow({contentsNote()});
    csv.writeRow({QStringLiteral("ルーム"), report.roomCode.isEmpty() ? QStringLiteral("全ルーム") : report.roomCode});
    csv.writeRow({QStringLiteral("期間"), report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate)});
    csv.writeRow({});
    // Plain numbers (no 名, no separators), so that Excel can sum them.
    csv.writeRow({QStringLiteral("開催回数"), QString::number(report.totals.meetingsHeld)});
    csv.writeRow({QStringLiteral("延べ参加者数"), QString::number(report.totals.total())});
    csv.writeRow({QStringLiteral("1回あたりの平均"), QString::number(report.averagePerMeeting, 'f', 1)});
    csv.writeRow({QStringLiteral("初参加"), QString::number(report.totals.firstTimers)});
    csv.writeRow({QStringLiteral("新しいメンバー"), QString::number(report.membersJoined)});
    csv.writeRow({QStringLiteral("最初の返信までの時間（中央値、時間）"),
                  report.medianFirstReplySeconds < 0
                      ? QString()
                      : QString::number(report.medianFirstReplySeconds / 3600.0, 'f', 1)});
    csv.writeRow({});
    csv.writeRow({QStringLiteral("区分"), QStringLiteral("人数"), QStringLiteral("割合（%）")});
    const qint64 counts[] = {report.totals.persons, report.totals.families, report.totals.supporters,
                             report.totals.others};
    for (int i = 0; i < 4; ++i) {
        const int permille = report.sharesPermille[size_t(i)];
        csv.writeRow({ReportChart::categoryName(i), QString::number(counts[i]),
                      QStringLiteral("%1.%2").arg(permille / 10).arg(permille % 10)});
    }
    csv.writeRow({});
    csv.writeRow({QStringLiteral("ミーティング"), QStringLiteral("ルーム"), QStringLiteral("参加者数")});
    for (const MeetingAttendance& m : report.meetings)
        csv.writeRow({m.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.roomCode, QString::number(m.total)});
    if (!csv.ok() || !file.commit()) {
        // Qt reports a full disk (or quota) as a resource error.
        const bool full = file.error() == QFileDevice::ResourceError;
        return Error<DocumentError>{full ? DocumentError::DiskFull : DocumentError::WriteFailed,
                                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return std::monostate{};
}

} // namespace tsunagu
