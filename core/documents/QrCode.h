// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QVector>

namespace tsunagu {

// A QR code made by libqrencode (ISO/IEC 18004), as a square of modules. Error correction M: a printed poster
// gets creased and scribbled on, and M still leaves room for a long form address.
class QrCode
{
public:
    enum class Error
    {
        None,
        Empty,
        TooLong
    };

    // The largest symbol a poster prints: version 10 is 57×57 modules, 0.44 mm each in a 25 mm code — about the
    // smallest a phone camera reads from arm's length. A longer address needs a bigger symbol, and so a code too
    // dense to scan at that size: it is refused rather than printed broken.
    static constexpr int s_maxVersion = 10;
    // ISO/IEC 18004 §6.3.8: four modules of light margin around the symbol.
    static constexpr int s_quietZone = 4;

    static QrCode encode(const QString& text, Error* error);

    bool isNull() const { return m_width == 0; }
    int width() const { return m_width; } // modules per side, without the quiet zone
    int version() const { return m_version; }
    bool dark(int x, int y) const { return m_modules.at(y * m_width + x) != 0; }
    // The dark modules as one path in a square of `side` (the quiet zone included in it), so the code paints
    // without seams between modules.
    QPainterPath path(const QRectF& square) const;

private:
    int m_width = 0;
    int m_version = 0;
    QByteArray m_modules;
};

} // namespace tsunagu
