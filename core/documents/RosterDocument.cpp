// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/RosterDocument.h"

#include "common/Csv.h"
#include "documents/DocumentFonts.h"
#include "documents/JapaneseDate.h"
#include "documents/PageCanvas.h"
#include "documents/PaperTable.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace tsunagu {
namespace {

constexpr double s_rowMm = 7.5;

PaperTable tableOf(const PageCanvas& canvas)
{
    return PaperTable({{QStringLiteral("出席"), 0.12, Qt::AlignHCenter, true},
                       {QStringLiteral("No."), 0.10, Qt::AlignRight},
                       {QStringLiteral("匿名の名前"), 0.53},
                       {QStringLiteral("区分"), 0.25}},
                      canvas.mm(s_rowMm), DocumentFonts::font(10));
}

// The header block of the first page: what the roster holds, the title, the meeting and the count. Returns its
// bottom; with `draw` false it only measures.
double drawHeading(PageCanvas& canvas, const MeetingRoster& roster, bool draw)
{
    QPainter& p = canvas.painter();
    const QRectF body = canvas.body();
    double y = body.top();
    const auto line = [&](const QString& text, const QFont& font, const QColor& colour, double gapMm) {
        p.setFont(font);
        const QRectF box = p.boundingRect(QRectF(body.left(), y, body.width(), 1e6), Qt::TextWordWrap, text);
        if (draw) {
            p.setPen(colour);
            p.drawText(QRectF(body.left(), y, body.width(), box.height()), Qt::TextWordWrap, text);
        }
        y += box.height() + canvas.mm(gapMm);
    };
    line(RosterDocument::contentsNote(), DocumentFonts::font(9), QColor(0x44, 0x44, 0x44), 4);
    line(RosterDocument::title(roster), DocumentFonts::font(16, QFont::Bold), Qt::black, 2);
    line(RosterDocument::meetingLine(roster), DocumentFonts::font(12), Qt::black, 1.5);
    line(QStringLiteral("メンバー %1名　　出席 ＿＿＿＿名（メンバー以外の参加 ＿＿＿＿名）").arg(roster.members.size()),
         DocumentFonts::font(11), Qt::black, 4);
    return y;
}

} // namespace

QString RosterDocument::contentsNote()
{
    return QStringLiteral("この名簿には、メンバーの匿名の名前（ニックネーム）と区分、人数だけを載せています。"
                          "メールアドレスや連絡先は載せていません。");
}

QString RosterDocument::categoryLabel(Category category)
{
    switch (category) {
    case Category::Person:
        return QStringLiteral("本人");
    case Category::Family:
        return QStringLiteral("家族");
    case Category::Supporter:
        return QStringLiteral("支援者・見学");
    case Category::Other:
        return QStringLiteral("その他");
    case Category::Unknown:
        break;
    }
    return QStringLiteral("未設定");
}

QString RosterDocument::title(const MeetingRoster& roster)
{
    return roster.roomName.isEmpty()
               ? QStringLiteral("参加者名簿　ルーム%1").arg(roster.roomCode)
               : QStringLiteral("参加者名簿　ルーム%1「%2」").arg(roster.roomCode, roster.roomName);
}

QString RosterDocument::meetingLine(const MeetingRoster& roster)
{
    if (!roster.start.isValid())
        return JapaneseDate::date(roster.date) + QStringLiteral("（この日に予定されたミーティングはありません）");
    QString text = JapaneseDate::dateTime(roster.start) + QStringLiteral("〜") + JapaneseDate::time(roster.end);
    if (roster.beginnerOffsetMinutes > 0)
        text += QStringLiteral("（ビギナータイム %1〜）")
                    .arg(JapaneseDate::time(roster.start.addSecs(-60 * qint64(roster.beginnerOffsetMinutes))));
    return text;
}

DocumentResult RosterDocument::render(QPaintDevice& device, const MeetingRoster& roster, const QDate& issued)
{
    PageCanvas canvas(device);
    if (!canvas.isActive())
        return Error<DocumentError>{DocumentError::WriteFailed, QStringLiteral("the page could not be painted")};
    const PaperTable table = tableOf(canvas);
    const QRectF body = canvas.body();
    const double firstTop = drawHeading(canvas, roster, false);
    // Rows per page are known before drawing, so every footer can say "n / total".
    const int firstRows = std::max(1, int((body.bottom() - firstTop) / table.rowHeight()) - 1);
    const int laterRows = std::max(1, int(body.height() / table.rowHeight()) - 1);
    const int n = int(roster.members.size());
    const int pages = n <= firstRows ? 1 : 1 + (n - firstRows + laterRows - 1) / laterRows;
    // An image (a preview of the first page) has one page only.
    const int drawnPages = dynamic_cast<QPagedPaintDevice*>(&device) ? pages : 1;
    const QString footerLeft =
        QStringLiteral("発行日 ") + JapaneseDate::date(issued) + QStringLiteral("　") + title(roster);

    QPainter& p = canvas.painter();
    int index = 0;
    for (int page = 1; page <= drawnPages; ++page) {
        if (page > 1 && !canvas.newPage())
            return Error<DocumentError>{DocumentError::WriteFailed,
                                        QStringLiteral("page %1 could not start").arg(page)};
        double y = page == 1 ? drawHeading(canvas, roster, true) : body.top();
        y = table.drawHeader(p, body.left(), y, body.width());
        const int rows = page == 1 ? firstRows : laterRows;
        for (int r = 0; r < rows && index < n; ++r, ++index) {
            const RosterLine& member = roster.members.at(index);
            y = table.drawRow(
                p, body.left(), y, body.width(),
                {QString(), QString::number(index + 1), member.anonymousName, categoryLabel(member.category)});
        }
        if (n == 0 && page == 1) {
            p.setFont(DocumentFonts::font(10));
            p.setPen(Qt::black);
            p.drawText(QRectF(body.left(), y + canvas.mm(2), body.width(), canvas.mm(8)), Qt::AlignLeft,
                       QStringLiteral("このルームにはまだメンバーが登録されていません。"));
        }
        canvas.drawFooter(footerLeft, QStringLiteral("%1 / %2").arg(page).arg(pages));
    }
    if (!canvas.end())
        return Error<DocumentError>{DocumentError::WriteFailed, QStringLiteral("the pages could not be finished")};
    return std::monostate{};
}

DocumentResult RosterDocument::writePdf(const QString& path, const MeetingRoster& roster, const QDate& issued)
{
    return PdfFile::write(path, PaperSize::A4, title(roster),
                          [&](QPagedPaintDevice& device) { return render(device, roster, issued); });
}

DocumentResult RosterDocument::writePdf(QIODevice& device, const MeetingRoster& roster, const QDate& issued)
{
    return PdfFile::write(device, PaperSize::A4, title(roster),
                          [&](QPagedPaintDevice& pdf) { return render(pdf, roster, issued); });
}

DocumentResult RosterDocument::writeCsv(const QString& path, const MeetingRoster& roster)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error<DocumentError>{DocumentError::CannotCreate,
                                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    CsvWriter csv(file);
    csv.writeRow({contentsNote()});
    csv.writeRow({QStringLiteral("ルーム"), roster.roomCode, roster.roomName});
    csv.writeRow({QStringLiteral("日時"), meetingLine(roster)});
    csv.writeRow({QStringLiteral("メンバー数"), QString::number(roster.members.size())});
    csv.writeRow({});
    csv.writeRow({QStringLiteral("出席"), QStringLiteral("No."), QStringLiteral("匿名の名前"), QStringLiteral("区分")});
    for (int i = 0; i < roster.members.size(); ++i) {
        const RosterLine& member = roster.members.at(i);
        csv.writeRow({QString(), QString::number(i + 1), member.anonymousName, categoryLabel(member.category)});
    }
    if (!csv.ok() || !file.commit()) {
        // Qt reports a full disk (or quota) as a resource error.
        const bool full = file.error() == QFileDevice::ResourceError;
        return Error<DocumentError>{full ? DocumentError::DiskFull : DocumentError::WriteFailed,
                                    QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return std::monostate{};
}

} // namespace tsunagu
