// SPDX-License-Identifier: GPL-3.0-or-later
// PDF output: pages of the right size, Japanese text that survives, the font embedded, nothing half-written.
#include "PdfTools.h"
#include "RequireServer.h"
#include "documents/DocumentFonts.h"
#include "documents/PageCanvas.h"
#include "documents/PdfFile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace tsunagu;

namespace {

DocumentResult twoPages(QPagedPaintDevice& device)
{
    PageCanvas canvas(device);
    if (!canvas.isActive())
        return Error<DocumentError>{DocumentError::WriteFailed, QStringLiteral("painter")};
    canvas.painter().setFont(DocumentFonts::font(14));
    canvas.painter().drawText(canvas.body(), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("参加者名簿 ルームD"));
    canvas.drawFooter(QStringLiteral("発行日 2026年12月5日"), QStringLiteral("1 / 2"));
    if (!canvas.newPage())
        return Error<DocumentError>{DocumentError::WriteFailed, QStringLiteral("next page")};
    canvas.painter().setFont(DocumentFonts::font(14));
    canvas.painter().drawText(canvas.body(), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("二枚目の頁"));
    canvas.drawFooter(QStringLiteral("発行日 2026年12月5日"), QStringLiteral("2 / 2"));
    canvas.end();
    return std::monostate{};
}

} // namespace

TEST_CASE("A PDF has the paper size asked for, the Japanese text and the font embedded", "[documents]")
{
    REQUIRE_FALSE(DocumentFonts::japaneseFamily().isEmpty());
    QTemporaryDir dir;
    for (const auto& [paper, size] : {std::pair{PaperSize::A4, QStringLiteral("595 x 842 pts (A4)")},
                                      std::pair{PaperSize::A3, QStringLiteral("842 x 1191 pts (A3)")}}) {
        const QString path = dir.filePath(QStringLiteral("roster.pdf"));
        REQUIRE(PdfFile::write(path, paper, QStringLiteral("名簿"), twoPages).ok());
        const test::PdfFacts pdf = test::readPdf(path);
        INFO(pdf.text.toStdString());
        CHECK(pdf.pages == 2);
        CHECK(pdf.pageSize == size);
        CHECK(pdf.text.contains(QStringLiteral("参加者名簿 ルームD")));
        CHECK(pdf.text.contains(QStringLiteral("二枚目の頁")));
        CHECK(pdf.text.contains(QStringLiteral("発行日 2026年12月5日")));
        CHECK(pdf.text.contains(QStringLiteral("2/2")));
        CHECK(pdf.fonts.filter(QStringLiteral("NotoSansCJK")).size() == pdf.fonts.size());
        // Nothing is left for the reader's machine to substitute.
        CHECK(pdf.allFontsEmbedded);
    }
}

TEST_CASE("A PDF that fails leaves the older file of that name as it was", "[documents]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("older report");
    }
    const DocumentResult result =
        PdfFile::write(path, PaperSize::A4, QStringLiteral("集計"), [](QPagedPaintDevice&) -> DocumentResult {
            return Error<DocumentError>{DocumentError::LayoutTooLarge, QStringLiteral("too long")};
        });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == DocumentError::LayoutTooLarge);
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "older report");

    const DocumentResult missingFolder =
        PdfFile::write(dir.filePath(QStringLiteral("no/such/folder/report.pdf")), PaperSize::A4, QString(), twoPages);
    REQUIRE_FALSE(missingFolder.ok());
    CHECK(missingFolder.error().code == DocumentError::CannotCreate);
}

TEST_CASE("A full disk is reported as a full disk", "[documents]")
{
    // /dev/full answers every write with ENOSPC, as a full disk does.
    test::requireServer(QStringLiteral("/dev/full"), QFile::exists(QStringLiteral("/dev/full")));
    QFile full(QStringLiteral("/dev/full"));
    REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const DocumentResult result = PdfFile::write(full, PaperSize::A4, QString(), twoPages);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == DocumentError::DiskFull);
}

TEST_CASE("A page canvas measures an image preview in millimetres", "[documents]")
{
    // A4 at 96 dpi, as the poster designer's preview draws it.
    QImage image(794, 1123, QImage::Format_ARGB32);
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    image.fill(Qt::white);
    PageCanvas canvas(image, 10);
    REQUIRE(canvas.isActive());
    CHECK(canvas.mm(25.4) == Approx(96).margin(0.5));
    CHECK(canvas.body().left() == Approx(canvas.mm(10)).margin(0.5));
    CHECK_FALSE(canvas.newPage()); // an image has one page
}
