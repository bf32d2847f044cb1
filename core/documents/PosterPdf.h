// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PdfFile.h"
#include "documents/PosterRenderer.h"

namespace tsunagu {

// A poster written to a PDF file (fonts embedded, one page, A4 or A3), all or nothing: a failure leaves any file
// already at `path` as it was.
class PosterPdf
{
public:
    // `outcome`, when given, receives what the host should know about the poster as drawn.
    static DocumentResult write(const QString& path, const PosterSpec& spec, PosterOutcome* outcome = nullptr);
    static DocumentResult write(QIODevice& device, const PosterSpec& spec, PosterOutcome* outcome = nullptr);
};

} // namespace tsunagu
