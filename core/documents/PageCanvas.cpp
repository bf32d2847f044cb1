// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PageCanvas.h"

#include "documents/DocumentFonts.h"

#include <QPageLayout>
#include <QPagedPaintDevice>

#include <algorithm>

namespace tsunagu {
namespace {

constexpr double s_footerHeightMm = 8.0;

} // namespace

PageCanvas::PageCanvas(QPaintDevice& device, double marginMm)
    : m_device(device)
    , m_paged(dynamic_cast<QPagedPaintDevice*>(&device))
{
    double deviceMargin = 0;
    if (m_paged) {
        const QMarginsF margins = m_paged->pageLayout().margins(QPageLayout::Millimeter);
        deviceMargin = std::max({margins.left(), margins.top(), margins.right(), margins.bottom()});
    }
    m_painter.begin(&device);
    m_margin = mm(std::max(0.0, marginMm - deviceMargin));
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

PageCanvas::~PageCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

double PageCanvas::mm(double millimetres) const
{
    return millimetres * m_device.logicalDpiX() / 25.4;
}

QRectF PageCanvas::page() const
{
    return QRectF(0, 0, m_device.width(), m_device.height());
}

QRectF PageCanvas::body() const
{
    QRectF area = page().adjusted(m_margin, m_margin, -m_margin, -m_margin);
    area.setBottom(area.bottom() - mm(s_footerHeightMm));
    return area;
}

QRectF PageCanvas::footerBand() const
{
    const QRectF inner = page().adjusted(m_margin, m_margin, -m_margin, -m_margin);
    return QRectF(inner.left(), inner.bottom() - mm(s_footerHeightMm) + mm(2), inner.width(),
                  mm(s_footerHeightMm) - mm(2));
}

bool PageCanvas::newPage()
{
    if (!m_paged || !m_paged->newPage())
        return false;
    ++m_pageNumber;
    return true;
}

void PageCanvas::drawFooter(const QString& left, const QString& right)
{
    m_painter.save();
    m_painter.setFont(DocumentFonts::font(8));
    m_painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF band = footerBand();
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, left);
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, right);
    m_painter.restore();
}

bool PageCanvas::end()
{
    return m_painter.end();
}

} // namespace tsunagu
