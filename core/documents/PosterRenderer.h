// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PosterSpec.h"

#include <QImage>
#include <QSizeF>
#include <QStringList>
#include <QVector>

class QPagedPaintDevice;
class QPainter;

namespace tsunagu {

// Something the host should know about a poster as drawn. The poster is still drawn: a room without a form address
// gets the words "申し込みフォームは準備中です" and no code, never a code that leads nowhere.
struct PosterProblem
{
    enum class Kind
    {
        NoFormUrl,  // the room has no application form address: no QR code
        UrlTooLong, // the address needs a QR code too dense to scan at poster size: no QR code
        TextShrunk, // the text was made smaller to fit (within limits)
        TextCut,    // even at the smallest size the text did not fit: shorten it
    };
    Kind kind = Kind::TextShrunk;
    QString roomCode; // empty: the poster as a whole (title, lead text)
};

struct PosterOutcome
{
    QVector<PosterProblem> problems;
    double textScale = 1.0; // 1.0: as designed; down to s_minScale
    QStringList qrUrls;     // the addresses of the QR codes drawn, in order
    double qrSideMm = 0;    // the printed side of each code, quiet zone excluded

    bool has(PosterProblem::Kind kind) const;
};

// Draws a poster about the rooms on one page: A4 or A3, portrait. The layout is computed in tenths of a millimetre
// on an A4 page and scaled for A3, so both look the same; Japanese text in Noto Sans CJK JP, QR codes as vector
// paths (crisp at any resolution) at least 25 mm wide with their quiet zone.
class PosterRenderer
{
public:
    static constexpr double s_minScale = 0.7;
    static constexpr double s_minQrMm = 25.0;

    static QSizeF pageSizeMm(PaperSize size);
    // Paints on a device whose page has the spec's size, `dotsPerMm` device units per millimetre.
    static PosterOutcome paint(QPainter& painter, const PosterSpec& spec, double dotsPerMm);
    // The page of a PDF writer or a printer (its page size is set to the spec's).
    static PosterOutcome render(QPagedPaintDevice& device, const PosterSpec& spec);
    // An image of the poster for the designer's preview; may run on any thread.
    static QImage preview(const PosterSpec& spec, double dotsPerMm, PosterOutcome* outcome);
};

} // namespace tsunagu
