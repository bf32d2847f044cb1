// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PosterSpec.h"

namespace tsunagu {

QString PosterSpec::defaultTitle()
{
    return QStringLiteral("ひとりで抱えこまないで。オンラインで話せる仲間がいます");
}

QString PosterSpec::defaultLead()
{
    return QStringLiteral("お酒、薬物、ギャンブル、ゲーム、食べること、盗むこと、生きづらさ——やめたいのにやめられない、"
                          "どうしたらいいかわからない。同じ悩みをもつ仲間が、自宅からオンラインで集まっています。"
                          "ご本人も、ご家族も、はじめての方も歓迎します。");
}

} // namespace tsunagu
