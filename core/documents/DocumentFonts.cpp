// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QStringList>

namespace tsunagu {
namespace {

const QString s_preferred = QStringLiteral("Noto Sans CJK JP");

QString findFamily()
{
    const QStringList families = QFontDatabase::families();
    if (families.contains(s_preferred))
        return s_preferred;
    // Not known to the platform's font list (a bare offscreen setup, a font folder outside fontconfig's view):
    // register Debian's file directly.
    for (const char* path : {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                             "/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf"}) {
        const QString file = QString::fromLatin1(path);
        if (!QFile::exists(file))
            continue;
        const int id = QFontDatabase::addApplicationFont(file);
        if (id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(s_preferred))
            return s_preferred;
    }
    for (const QString& family : QFontDatabase::families(QFontDatabase::Japanese)) {
        if (!QFontDatabase::isPrivateFamily(family))
            return family;
    }
    return {};
}

} // namespace

QString DocumentFonts::japaneseFamily()
{
    static const QString family = findFamily();
    return family;
}

QFont DocumentFonts::font(double points, QFont::Weight weight)
{
    QFont font(japaneseFamily());
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setStyleHint(QFont::SansSerif);
    // Outlines as drawn, not snapped to a screen's pixel grid: what is measured is what prints.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace tsunagu
