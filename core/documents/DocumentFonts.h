// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace tsunagu {

// The Japanese typeface of printed documents: Noto Sans CJK JP (Debian's fonts-noto-cjk), which QPdfWriter embeds
// as a subset, else any installed family that writes Japanese. Needs a QGuiApplication.
class DocumentFonts
{
public:
    // The family name, "" when no Japanese font is installed (Japanese text would print as boxes).
    static QString japaneseFamily();

    // The Japanese family at `points` (typographic points, so the size is the same on paper for any device).
    static QFont font(double points, QFont::Weight weight = QFont::Normal);
};

} // namespace tsunagu
