// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/Prefectures.h"

#include <array>

namespace tsunagu {
namespace {

// JIS X 0401 order.
constexpr std::array<const char16_t*, 47> s_prefectures = {
    u"北海道", u"青森県", u"岩手県", u"宮城県",   u"秋田県", u"山形県",   u"福島県", u"茨城県", u"栃木県", u"群馬県",
    u"埼玉県", u"千葉県", u"東京都", u"神奈川県", u"新潟県", u"富山県",   u"石川県", u"福井県", u"山梨県", u"長野県",
    u"岐阜県", u"静岡県", u"愛知県", u"三重県",   u"滋賀県", u"京都府",   u"大阪府", u"兵庫県", u"奈良県", u"和歌山県",
    u"鳥取県", u"島根県", u"岡山県", u"広島県",   u"山口県", u"徳島県",   u"香川県", u"愛媛県", u"高知県", u"福岡県",
    u"佐賀県", u"長崎県", u"熊本県", u"大分県",   u"宮崎県", u"鹿児島県", u"沖縄県"};

} // namespace

int Prefectures::order(const QString& region)
{
    const QString text = region.trimmed();
    if (text.isEmpty())
        return 48;
    for (int i = 0; i < int(s_prefectures.size()); ++i) {
        const QString name = QString::fromUtf16(s_prefectures[i]);
        if (text.startsWith(name))
            return i + 1;
        // Written without its suffix ("大阪", "神奈川"); 北海道 has none to drop.
        const QString bare = name.endsWith(QChar(u'道')) ? name : name.chopped(1);
        if (text.startsWith(bare))
            return i + 1;
    }
    return 48;
}

QString Prefectures::sortKey(const QString& region)
{
    return QStringLiteral("%1 %2").arg(order(region), 2, 10, QLatin1Char('0')).arg(region.trimmed());
}

} // namespace tsunagu
