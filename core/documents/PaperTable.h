// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QVector>

class QPainter;

namespace tsunagu {

// A plain table for paper: hairline rules, a shaded header row, text that fits its cell. Widths are fractions of the
// table's width; a column can hold a check box to tick by hand instead of text.
class PaperTable
{
public:
    struct Column
    {
        QString title;
        double share = 1; // of the table's width, relative to the other columns
        Qt::Alignment align = Qt::AlignLeft;
        bool checkBox = false; // an empty square to tick with a pen
    };

    PaperTable(QVector<Column> columns, double rowHeight, QFont font);

    double rowHeight() const { return m_rowHeight; }
    // Draws the header row at `top` across `left`..`left + width`; returns the bottom.
    double drawHeader(QPainter& painter, double left, double top, double width) const;
    // Draws one row (one text per column; a check-box column ignores its text); returns the bottom.
    double drawRow(QPainter& painter, double left, double top, double width, const QStringList& cells,
                   bool bold = false) const;

private:
    QVector<QRectF> cellsOf(double left, double top, double width) const;

    QVector<Column> m_columns;
    double m_rowHeight;
    QFont m_font;
};

} // namespace tsunagu
