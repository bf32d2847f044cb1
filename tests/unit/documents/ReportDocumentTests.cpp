// SPDX-License-Identifier: GPL-3.0-or-later
// The printed report: the figures a host reports (延べ人数, average, shares that add up to 100 %) as a reader of
// the PDF sees them, the font embedded, the chart drawn, page numbers and the date of issue, no name anywhere.
#include "PdfTools.h"
#include "documents/ReportDocument.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QRect>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tsunagu;

namespace {

// Room D's joint meeting as the seed reports it: 延べ24,752名 over 412 meetings, 本人 36.2 %, 家族 31.4 %.
AttendanceReport roomD()
{
    AttendanceReport r;
    r.roomCode = QStringLiteral("D");
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 12, 31);
    r.totals.meetingsHeld = 412;
    r.totals.persons = 8961;
    r.totals.families = 7772;
    r.totals.supporters = 4000;
    r.totals.others = 4019;
    r.totals.firstTimers = 37;
    r.averagePerMeeting = double(r.totals.total()) / r.totals.meetingsHeld;
    r.sharesPermille = AttendanceReport::shares(r.totals);
    r.membersJoined = 12;
    r.medianFirstReplySeconds = 9 * 3600;
    r.referralSources = {{QStringLiteral("みなとクリニック"), 5}, {QString(), 2}};
    const QTimeZone japan("Asia/Tokyo");
    for (int i = 0; i < 40; ++i)
        r.meetings.append(
            {QDateTime(QDate(2026, 1, 2).addDays(7 * i), QTime(19, 0), japan), QStringLiteral("D"), 40 + (i * 7) % 30});
    return r;
}

} // namespace

TEST_CASE("The report PDF shows the host's figures with the Japanese font embedded", "[documents][report]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ReportDocument::writePdf(path, roomD(), QDate(2026, 12, 5)).ok());
    const test::PdfFacts pdf = test::readPdf(path);
    INFO(pdf.text.toStdString());
    CHECK(pdf.pages == 2);
    CHECK(pdf.pageSize == QStringLiteral("595 x 842 pts (A4)"));
    CHECK(pdf.allFontsEmbedded);
    CHECK(pdf.fonts.filter(QStringLiteral("NotoSansCJK")).size() == pdf.fonts.size());
    const QString first = test::pdfText(path, 1, 1);
    // The first line says what the document holds.
    CHECK(first.trimmed().startsWith(QStringLiteral("この報告書には")));
    CHECK(first.contains(QStringLiteral("参加状況の報告 ルームD")));
    CHECK(first.contains(QStringLiteral("2026年1月1日(木)")));
    CHECK(first.contains(QStringLiteral("2026年12月31日(木)")));
    CHECK(first.contains(QStringLiteral("412回")));
    CHECK(first.contains(QStringLiteral("24,752名")));
    CHECK(first.contains(QStringLiteral("60.1名")));
    CHECK(first.contains(QStringLiteral("9.0時間")));
    CHECK(first.contains(QStringLiteral("36.2%")));
    CHECK(first.contains(QStringLiteral("31.4%")));
    CHECK(first.contains(QStringLiteral("16.2%")));
    CHECK(first.contains(QStringLiteral("100.0%")));
    CHECK(first.contains(QStringLiteral("40回のミーティング")));
    CHECK(first.contains(QStringLiteral("発行日 2026年12月5日(土)")));
    CHECK(first.contains(QStringLiteral("1/2")));
    const QString second = test::pdfText(path, 2, 2);
    CHECK(second.contains(QStringLiteral("みなとクリニック")));
    CHECK(second.contains(QStringLiteral("(記入なし)")));
    CHECK(second.contains(QStringLiteral("2/2")));
}

TEST_CASE("The report's chart draws the meetings, and says so when there are none", "[documents][report]")
{
    // On an image of the page (a printer's preview paints the same way): the chart's lower band holds dark bars.
    const auto inkIn = [](const QImage& page, const QRect& area) {
        int dark = 0;
        for (int y = area.top(); y <= area.bottom(); y += 2) {
            for (int x = area.left(); x <= area.right(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
        return dark;
    };
    const auto pageOf = [](const AttendanceReport& report) {
        QImage page(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
        page.setDotsPerMeterX(5906);
        page.setDotsPerMeterY(5906);
        page.fill(Qt::white);
        REQUIRE(ReportDocument::render(page, report, QDate(2026, 12, 5)).ok());
        return page;
    };
    // The bars stand on the axis in the lowest fifth of the body, above the footer band.
    const QRect chartFoot(200, 1400, 900, 120);
    const QImage withMeetings = pageOf(roomD());
    AttendanceReport empty = roomD();
    empty.meetings.clear();
    const QImage withoutMeetings = pageOf(empty);
    CHECK(inkIn(withMeetings, chartFoot) > 20 * inkIn(withoutMeetings, chartFoot) + 100);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(ReportDocument::writePdf(path, empty, QDate(2026, 12, 5)).ok());
    CHECK(test::pdfText(path, 1, 1).contains(QStringLiteral("参加が記録されたミーティングはありません")));
}
