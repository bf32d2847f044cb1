// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PosterPdf.h"

#include <QPagedPaintDevice>

namespace tsunagu {
namespace {

PdfFile::Renderer rendererOf(const PosterSpec& spec, PosterOutcome* outcome)
{
    return [&spec, outcome](QPagedPaintDevice& device) -> DocumentResult {
        if (spec.rooms.isEmpty())
            return Error<DocumentError>{DocumentError::NothingToWrite, QStringLiteral("no room on the poster")};
        const PosterOutcome drawn = PosterRenderer::render(device, spec);
        if (outcome)
            *outcome = drawn;
        return std::monostate{};
    };
}

} // namespace

DocumentResult PosterPdf::write(const QString& path, const PosterSpec& spec, PosterOutcome* outcome)
{
    return PdfFile::write(path, spec.size, spec.title, rendererOf(spec, outcome));
}

DocumentResult PosterPdf::write(QIODevice& device, const PosterSpec& spec, PosterOutcome* outcome)
{
    return PdfFile::write(device, spec.size, spec.title, rendererOf(spec, outcome));
}

} // namespace tsunagu
