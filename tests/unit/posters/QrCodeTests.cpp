// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/QrCode.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

TEST_CASE("a form address becomes a QR code small enough to scan from a poster, or is refused", "[posters][qr]")
{
    QrCode::Error error = QrCode::Error::None;
    const QrCode code = QrCode::encode(QStringLiteral("https://forms.example.org/tsunagu/room-d"), &error);
    CHECK(error == QrCode::Error::None);
    REQUIRE_FALSE(code.isNull());
    CHECK(code.width() == 17 + 4 * code.version()); // ISO/IEC 18004: modules per side of version V
    CHECK(code.version() <= QrCode::s_maxVersion);
    // The three finder patterns: dark corners.
    CHECK(code.dark(0, 0));
    CHECK(code.dark(code.width() - 1, 0));
    CHECK(code.dark(0, code.width() - 1));

    const QRectF square(0, 0, 100, 100);
    const QRectF painted = code.path(square).boundingRect();
    const double module = 100.0 / (code.width() + 2 * QrCode::s_quietZone);
    CHECK(painted.left() == Approx(module * QrCode::s_quietZone)); // the quiet zone stays empty
    CHECK(painted.right() == Approx(100 - module * QrCode::s_quietZone));

    const QrCode tooLong =
        QrCode::encode(QStringLiteral("https://forms.example.org/") + QString(300, QLatin1Char('x')), &error);
    CHECK(error == QrCode::Error::TooLong);
    CHECK(tooLong.isNull());
    QrCode::encode(QString(), &error);
    CHECK(error == QrCode::Error::Empty);
}
