// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// Japan's 47 prefectures in their usual order (the JIS X 0401 codes: 北海道 01 … 沖縄県 47), for lists sorted by
// region the way Japanese readers expect instead of by character code.
class Prefectures
{
public:
    // 1–47 for a region that begins with a prefecture ("大阪府堺市", "東京都", "北海道札幌市", also without the
    // 都/府/県 suffix: "大阪"); 48 for anything else (abroad, empty, a city alone).
    static int order(const QString& region);
    // A key that sorts regions by prefecture, then by the rest of the text.
    static QString sortKey(const QString& region);
};

} // namespace tsunagu
