// SPDX-License-Identifier: GPL-3.0-or-later
// Regions sorted as Japanese readers expect: by prefecture from 北海道 to 沖縄県, not by character code.
#include "contacts/Prefectures.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>

using namespace tsunagu;

TEST_CASE("regions sort by prefecture from Hokkaido to Okinawa, unknown ones last", "[contacts]")
{
    CHECK(Prefectures::order(QStringLiteral("北海道札幌市")) == 1);
    CHECK(Prefectures::order(QStringLiteral("東京都新宿区")) == 13);
    CHECK(Prefectures::order(QStringLiteral("京都府京都市")) == 26);
    CHECK(Prefectures::order(QStringLiteral("京都市")) == 26);
    CHECK(Prefectures::order(QStringLiteral("大阪")) == 27);
    CHECK(Prefectures::order(QStringLiteral("沖縄県那覇市")) == 47);
    CHECK(Prefectures::order(QStringLiteral("オンライン")) == 48);
    CHECK(Prefectures::order(QString()) == 48);

    QStringList regions = {QStringLiteral("沖縄県那覇市"),   QStringLiteral("大阪府堺市"),
                           QStringLiteral("海外"),           QStringLiteral("北海道旭川市"),
                           QStringLiteral("東京都世田谷区"), QStringLiteral("愛知県名古屋市"),
                           QStringLiteral("大阪府大阪市")};
    std::sort(regions.begin(), regions.end(),
              [](const QString& a, const QString& b) { return Prefectures::sortKey(a) < Prefectures::sortKey(b); });
    CHECK(regions == QStringList{QStringLiteral("北海道旭川市"), QStringLiteral("東京都世田谷区"),
                                 QStringLiteral("愛知県名古屋市"), QStringLiteral("大阪府堺市"),
                                 QStringLiteral("大阪府大阪市"), QStringLiteral("沖縄県那覇市"),
                                 QStringLiteral("海外")});
}
