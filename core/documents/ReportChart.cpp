// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/ReportChart.h"

#include "documents/DocumentFonts.h"
#include "documents/PageCanvas.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tsunagu {
namespace {

constexpr int s_maxBars = 60;

// Each category keeps its look on any printer: a grey and a pattern of its own.
QBrush brushOf(int index)
{
    switch (index) {
    case 0:
        return QBrush(QColor(0x33, 0x33, 0x33));
    case 1:
        return QBrush(QColor(0x99, 0x99, 0x99));
    case 2:
        return QBrush(QColor(0x55, 0x55, 0x55), Qt::BDiagPattern);
    default:
        return QBrush(QColor(0xdd, 0xdd, 0xdd));
    }
}

// A round top for the value axis: 1, 2 or 5 times a power of ten, at least `value`.
int niceCeiling(int value)
{
    if (value <= 5)
        return 5;
    const double power = std::pow(10.0, std::floor(std::log10(double(value))));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= value)
            return int(step * power);
    }
    return int(10 * power);
}

} // namespace

QString ReportChart::categoryName(int index)
{
    switch (index) {
    case 0:
        return QStringLiteral("本人");
    case 1:
        return QStringLiteral("家族");
    case 2:
        return QStringLiteral("支援者・見学");
    default:
        return QStringLiteral("その他");
    }
}

void ReportChart::drawShares(PageCanvas& canvas, const QRectF& area, const AttendanceReport& report)
{
    QPainter& p = canvas.painter();
    p.save();
    const double barHeight = area.height() * 0.45;
    const QRectF bar(area.left(), area.top(), area.width(), barHeight);
    p.setPen(QPen(Qt::black, 0));
    if (report.totals.total() <= 0) {
        p.drawRect(bar);
        p.setFont(DocumentFonts::font(9));
        p.drawText(bar, Qt::AlignCenter, QStringLiteral("この期間の参加記録はありません"));
        p.restore();
        return;
    }
    double x = bar.left();
    for (int i = 0; i < 4; ++i) {
        const double w = bar.width() * report.sharesPermille[size_t(i)] / 1000.0;
        if (w <= 0)
            continue;
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), Qt::white);
        p.setBrush(brushOf(i));
        p.drawRect(QRectF(x, bar.top(), w, bar.height()));
        x += w;
    }
    // Legend: swatch, name and share, in the bar's order.
    p.setFont(DocumentFonts::font(9));
    const QFontMetricsF metrics(p.font(), p.device());
    const double swatch = canvas.mm(3.5);
    double lx = area.left();
    const double ly = bar.bottom() + canvas.mm(2.5);
    for (int i = 0; i < 4; ++i) {
        p.setBrush(brushOf(i));
        p.drawRect(QRectF(lx, ly, swatch, swatch));
        const QString label = categoryName(i) + QLatin1Char(' ') +
                              QStringLiteral("%1.%2%")
                                  .arg(report.sharesPermille[size_t(i)] / 10)
                                  .arg(report.sharesPermille[size_t(i)] % 10);
        const double w = metrics.horizontalAdvance(label);
        p.drawText(QRectF(lx + swatch + canvas.mm(1.5), ly - canvas.mm(1), w + canvas.mm(1), swatch + canvas.mm(2)),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
        lx += swatch + w + canvas.mm(7);
    }
    p.restore();
}

void ReportChart::drawMeetings(PageCanvas& canvas, const QRectF& area, const QVector<MeetingAttendance>& meetings)
{
    QPainter& p = canvas.painter();
    p.save();
    p.setFont(DocumentFonts::font(8));
    const QFontMetricsF metrics(p.font(), p.device());
    if (meetings.isEmpty()) {
        p.setPen(QPen(Qt::black, 0));
        p.drawRect(area);
        p.drawText(area, Qt::AlignCenter, QStringLiteral("この期間に参加が記録されたミーティングはありません"));
        p.restore();
        return;
    }
    int highest = 0;
    for (const MeetingAttendance& m : meetings)
        highest = std::max(highest, m.total);
    const int top = niceCeiling(highest);
    const double labelWidth = metrics.horizontalAdvance(QString::number(top)) + canvas.mm(2);
    const double labelHeight = metrics.height() * 2.4;
    // The unit sits on a line of its own above the value axis, clear of the heading over the chart.
    const double unitHeight = metrics.height() * 1.5;
    const QRectF plot(area.left() + labelWidth, area.top() + unitHeight, area.width() - labelWidth,
                      area.height() - labelHeight - unitHeight);

    // Value axis: five steps with hairline rules.
    for (int step = 0; step <= 5; ++step) {
        const double y = plot.bottom() - plot.height() * step / 5.0;
        p.setPen(QPen(step == 0 ? Qt::black : QColor(0xbb, 0xbb, 0xbb), 0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - metrics.height() / 2, labelWidth - canvas.mm(1), metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(top * step / 5));
    }
    p.setPen(QPen(Qt::black, 0));
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRectF(area.left(), area.top(), plot.width(), metrics.height()), Qt::AlignLeft,
               QStringLiteral("（名）"));

    const int n = int(meetings.size());
    const double slot = plot.width() / n;
    const auto xOf = [&](int i) {
        return plot.left() + slot * (i + 0.5);
    };
    const auto yOf = [&](int value) {
        return plot.bottom() - plot.height() * value / top;
    };
    if (n <= s_maxBars) {
        p.setBrush(QColor(0x55, 0x55, 0x55));
        for (int i = 0; i < n; ++i) {
            const double w = slot * 0.7;
            p.drawRect(QRectF(xOf(i) - w / 2, yOf(meetings.at(i).total), w, plot.bottom() - yOf(meetings.at(i).total)));
        }
    } else {
        QPainterPath line;
        line.moveTo(xOf(0), yOf(meetings.first().total));
        for (int i = 1; i < n; ++i)
            line.lineTo(xOf(i), yOf(meetings.at(i).total));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::black, canvas.mm(0.3)));
        p.drawPath(line);
    }

    // Time axis: the first and last meeting and a few between, as many as fit without overlapping.
    p.setPen(Qt::black);
    const QString format = meetings.first().start.date().year() == meetings.last().start.date().year()
                               ? QStringLiteral("M/d")
                               : QStringLiteral("yyyy/M/d");
    const double labelSpace = metrics.horizontalAdvance(QStringLiteral("2026/12/31")) + canvas.mm(4);
    const int labels = std::clamp(int(plot.width() / labelSpace), 1, std::min(n, 8));
    for (int k = 0; k < labels; ++k) {
        const int i = labels == 1 ? 0 : int(std::lround(double(k) * (n - 1) / (labels - 1)));
        const double x = xOf(i);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + canvas.mm(1)));
        const QString text = meetings.at(i).start.toString(format);
        const double w = metrics.horizontalAdvance(text);
        const double left = std::clamp(x - w / 2, area.left(), area.right() - w);
        p.drawText(QRectF(left, plot.bottom() + canvas.mm(1.2), w + 1, metrics.height()), Qt::AlignLeft, text);
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + canvas.mm(1.2) + metrics.height(), plot.width(), metrics.height()),
               Qt::AlignRight, QStringLiteral("%1回のミーティング").arg(n));
    p.restore();
}

} // namespace tsunagu
