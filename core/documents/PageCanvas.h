// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace tsunagu {

// A painter on a page — a QPdfWriter for a file, a QPrinter for the print dialog and its preview, or a QImage for a
// live preview (one page; give it dots per metre so millimetres come out right) — with the measures a layout
// needs: millimetres, the printable body inside the margins, a footer band for page numbers and the date of issue.
// Layout code draws through this, so the same code writes the PDF, prints and previews.
class PageCanvas
{
public:
    // Begins painting on `device` (check isActive()). `marginMm` is the margin on every side of the paper; where
    // the device already keeps a margin (a printer's unprintable edge) only the rest is added.
    explicit PageCanvas(QPaintDevice& device, double marginMm = 15.0);
    ~PageCanvas();
    PageCanvas(const PageCanvas&) = delete;
    PageCanvas& operator=(const PageCanvas&) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter& painter() { return m_painter; }

    // Device units for a length on paper.
    double mm(double millimetres) const;
    // The whole paintable page, in the painter's coordinates.
    QRectF page() const;
    // The page inside the margins and above the footer band: where content goes.
    QRectF body() const;
    // The band under the body that drawFooter() writes in.
    QRectF footerBand() const;

    // Starts the next page. False when the device could not (its file failed) or has one page only (an image).
    bool newPage();
    int pageNumber() const { return m_pageNumber; }

    // Small grey text at the foot of the current page: `left` (say, the date of issue) and `right` (say, "2 / 5").
    void drawFooter(const QString& left, const QString& right);

    // Ends painting; false when the device reported a failure.
    bool end();

private:
    QPaintDevice& m_device;
    QPagedPaintDevice* m_paged = nullptr; // the same device when it has pages
    QPainter m_painter;
    double m_margin = 0; // device units, on top of the device's own margin
    int m_pageNumber = 1;
};

} // namespace tsunagu
