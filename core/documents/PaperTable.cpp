// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PaperTable.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace tsunagu {
namespace {

const QColor s_rule(0x70, 0x70, 0x70);
const QColor s_headerFill(0xe6, 0xe6, 0xe6);

} // namespace

PaperTable::PaperTable(QVector<Column> columns, double rowHeight, QFont font)
    : m_columns(std::move(columns))
    , m_rowHeight(rowHeight)
    , m_font(std::move(font))
{}

QVector<QRectF> PaperTable::cellsOf(double left, double top, double width) const
{
    double total = 0;
    for (const Column& column : m_columns)
        total += column.share;
    QVector<QRectF> cells;
    double x = left;
    for (const Column& column : m_columns) {
        const double w = total > 0 ? width * column.share / total : 0;
        cells.append(QRectF(x, top, w, m_rowHeight));
        x += w;
    }
    return cells;
}

double PaperTable::drawHeader(QPainter& painter, double left, double top, double width) const
{
    painter.save();
    painter.fillRect(QRectF(left, top, width, m_rowHeight), s_headerFill);
    painter.restore();
    QStringList titles;
    for (const Column& column : m_columns)
        titles.append(column.title);
    // The header names every column, the check-box one too.
    painter.save();
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QPen(s_rule, 0));
    const QVector<QRectF> cells = cellsOf(left, top, width);
    const double pad = m_rowHeight * 0.25;
    for (int i = 0; i < cells.size(); ++i) {
        painter.drawRect(cells.at(i));
        painter.setPen(Qt::black);
        const Qt::Alignment align = m_columns.at(i).checkBox ? Qt::AlignHCenter : m_columns.at(i).align;
        painter.drawText(cells.at(i).adjusted(pad, 0, -pad, 0), int(align | Qt::AlignVCenter), titles.at(i));
        painter.setPen(QPen(s_rule, 0));
    }
    painter.restore();
    return top + m_rowHeight;
}

double PaperTable::drawRow(QPainter& painter, double left, double top, double width, const QStringList& cells,
                           bool bold) const
{
    painter.save();
    QFont font = m_font;
    font.setBold(bold);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QVector<QRectF> rects = cellsOf(left, top, width);
    const double pad = m_rowHeight * 0.25;
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF cell = rects.at(i);
        painter.setPen(QPen(s_rule, 0));
        painter.drawRect(cell);
        if (m_columns.at(i).checkBox) {
            const double side = m_rowHeight * 0.55;
            painter.setPen(QPen(Qt::black, m_rowHeight * 0.03));
            painter.drawRect(QRectF(cell.center().x() - side / 2, cell.center().y() - side / 2, side, side));
            continue;
        }
        painter.setPen(Qt::black);
        const QRectF inner = cell.adjusted(pad, 0, -pad, 0);
        // A name longer than its cell ends in an ellipsis rather than running into the next column.
        const QString text = metrics.elidedText(cells.value(i), Qt::ElideRight, std::max(0.0, inner.width()));
        painter.drawText(inner, int(m_columns.at(i).align | Qt::AlignVCenter), text);
    }
    painter.restore();
    return top + m_rowHeight;
}

} // namespace tsunagu
