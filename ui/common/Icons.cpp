// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace tsunagu::ui {
namespace {

QPixmap padlock(int size, const QColor& colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    // The shackle: an arch over the body.
    QPen shackle(colour, 1.8 * unit);
    shackle.setCapStyle(Qt::FlatCap);
    painter.setPen(shackle);
    QPainterPath arch;
    arch.moveTo(4.8 * unit, 8 * unit);
    arch.lineTo(4.8 * unit, 5.2 * unit);
    arch.arcTo(QRectF(4.8 * unit, 2 * unit, 6.4 * unit, 6.4 * unit), 180, -180);
    arch.lineTo(11.2 * unit, 8 * unit);
    painter.drawPath(arch);
    // The body, with a keyhole.
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(3 * unit, 7.5 * unit, 10 * unit, 7.5 * unit), 1.2 * unit, 1.2 * unit);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(8 * unit, 10.6 * unit), 1.1 * unit, 1.1 * unit);
    painter.drawRect(QRectF(7.55 * unit, 10.6 * unit, 0.9 * unit, 2.4 * unit));
    return pixmap;
}

} // namespace

QIcon Icons::lock()
{
    QIcon icon;
    const QColor amber(0xb2, 0x6a, 0x00);
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(padlock(size, amber));
    return icon;
}

} // namespace tsunagu::ui
