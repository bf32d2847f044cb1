// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tsunagu::test {

// A PDF as a reader sees it, through poppler's command-line tools (poppler-utils). A missing tool ends the test
// case through requireServer (a failure under CI=true, a skip elsewhere).
struct PdfFacts
{
    int pages = 0;
    QString pageSize;  // pdfinfo's "Page size" of the first page, e.g. "595 x 842 pts (A4)"
    QString text;      // pdftotext -layout, NFKC-normalised (see pdfText)
    QStringList fonts; // pdffonts' font names
    bool allFontsEmbedded = false;
};

PdfFacts readPdf(const QString& path);

// The text of the PDF (pdftotext -layout), NFKC-normalised: Qt's PDF text map sends some ideographs that share a
// glyph with a Kangxi radical (二 and ⼆, 日 and ⽇) back as the radical; a reader's eye and a search for the word
// both see the ideograph, and NFKC folds the radical into it.
QString pdfText(const QString& path, int firstPage = 0, int lastPage = 0);

// The PDF's first page rendered to a PNG at `dpi` (pdftoppm), for decoding QR codes or looking at the page; the
// file name that was written.
QString pdfPageImage(const QString& pdfPath, const QString& pngBasePath, int page = 1, int dpi = 150);

} // namespace tsunagu::test
