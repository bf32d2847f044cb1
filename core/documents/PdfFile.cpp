// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfFile.h"

#include "documents/DocumentFonts.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace tsunagu {
namespace {

DocumentResult failure(DocumentError code, const QString& detail)
{
    return Error<DocumentError>{code, detail};
}

DocumentError writeErrorOf(const QFileDevice& file)
{
    // Qt reports ENOSPC (and a full quota) as a resource error and every other write failure as a write error.
    return file.error() == QFileDevice::ResourceError ? DocumentError::DiskFull : DocumentError::WriteFailed;
}

} // namespace

QPageSize pageSizeOf(PaperSize paper)
{
    return QPageSize(paper == PaperSize::A3 ? QPageSize::A3 : QPageSize::A4);
}

DocumentResult PdfFile::write(QIODevice& device, PaperSize paper, const QString& title, const Renderer& render)
{
    if (DocumentFonts::japaneseFamily().isEmpty())
        return failure(DocumentError::NoJapaneseFont, QStringLiteral("no font with Japanese glyphs is installed"));
    QPdfWriter writer(&device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tsunagu"));
    // 600 dpi: device units fine enough for hairlines and QR modules, coordinates small enough to stay exact.
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(pageSizeOf(paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    DocumentResult drawn = render(writer);
    // A device that failed is the real cause, also when the layout stopped because its next page could not start.
    if (const auto* file = qobject_cast<const QFileDevice*>(&device); file && file->error() != QFileDevice::NoError)
        return failure(writeErrorOf(*file), file->errorString());
    return drawn;
}

DocumentResult PdfFile::write(const QString& path, PaperSize paper, const QString& title, const Renderer& render)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return failure(DocumentError::CannotCreate,
                       QStringLiteral("%1: the folder does not exist").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(DocumentError::CannotCreate,
                       QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    DocumentResult drawn = write(static_cast<QIODevice&>(file), paper, title, render);
    if (!drawn.ok()) {
        file.cancelWriting();
        if (drawn.error().code == DocumentError::DiskFull || drawn.error().code == DocumentError::WriteFailed)
            return failure(drawn.error().code,
                           QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), drawn.error().detail));
        return drawn;
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return failure(writeErrorOf(file),
                       QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return std::monostate{};
}

} // namespace tsunagu
