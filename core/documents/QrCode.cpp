// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace tsunagu {

QrCode QrCode::encode(const QString& text, Error* error)
{
    QrCode code;
    *error = Error::None;
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty()) {
        *error = Error::Empty;
        return code;
    }
    // 8-bit mode: an address is bytes; version 0 lets libqrencode pick the smallest symbol that holds them.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!symbol || symbol->version > s_maxVersion) {
        *error = Error::TooLong;
        return code;
    }
    code.m_width = symbol->width;
    code.m_version = symbol->version;
    code.m_modules.resize(qsizetype(symbol->width) * symbol->width);
    for (int i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(symbol->data[i] & 1); // bit 0: dark module (qrencode.h)
    return code;
}

QPainterPath QrCode::path(const QRectF& square) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    if (isNull())
        return path;
    const double module = square.width() / (m_width + 2 * s_quietZone);
    const QPointF origin = square.topLeft() + QPointF(module * s_quietZone, module * s_quietZone);
    for (int y = 0; y < m_width; ++y) {
        // A run of dark modules in a row becomes one rectangle.
        for (int x = 0; x < m_width;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_width && dark(end, y))
                ++end;
            path.addRect(QRectF(origin.x() + x * module, origin.y() + y * module, (end - x) * module, module));
            x = end;
        }
    }
    return path;
}

} // namespace tsunagu
