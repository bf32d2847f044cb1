// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/TimeZoneHint.h"

#include "intake/TextFold.h"

#include <QHash>
#include <QTimeZone>

namespace tsunagu {
namespace {

struct Place
{
    const char16_t* name; // folded: lower case; ASCII names with single spaces between words
    const char* zone;     // "" when the place alone is ambiguous
};

// Cities and states first: they are looked for before countries.
constexpr Place s_cities[] = {
    {u"ニューヨーク", "America/New_York"},
    {u"new york", "America/New_York"},
    {u"nyc", "America/New_York"},
    {u"ボストン", "America/New_York"},
    {u"boston", "America/New_York"},
    {u"ワシントン州", "America/Los_Angeles"},
    {u"ワシントン", "America/New_York"},
    {u"アトランタ", "America/New_York"},
    {u"マイアミ", "America/New_York"},
    {u"フロリダ", "America/New_York"},
    {u"ニュージャージー", "America/New_York"},
    {u"ロサンゼルス", "America/Los_Angeles"},
    {u"ロスアンゼルス", "America/Los_Angeles"},
    {u"los angeles", "America/Los_Angeles"},
    {u"サンフランシスコ", "America/Los_Angeles"},
    {u"san francisco", "America/Los_Angeles"},
    {u"シアトル", "America/Los_Angeles"},
    {u"seattle", "America/Los_Angeles"},
    {u"サンディエゴ", "America/Los_Angeles"},
    {u"ラスベガス", "America/Los_Angeles"},
    {u"カリフォルニア", "America/Los_Angeles"},
    {u"california", "America/Los_Angeles"},
    {u"シカゴ", "America/Chicago"},
    {u"chicago", "America/Chicago"},
    {u"ダラス", "America/Chicago"},
    {u"ヒューストン", "America/Chicago"},
    {u"テキサス", "America/Chicago"},
    {u"デンバー", "America/Denver"},
    {u"ハワイ", "Pacific/Honolulu"},
    {u"ホノルル", "Pacific/Honolulu"},
    {u"hawaii", "Pacific/Honolulu"},
    {u"honolulu", "Pacific/Honolulu"},
    {u"グアム", "Pacific/Guam"},
    {u"トロント", "America/Toronto"},
    {u"toronto", "America/Toronto"},
    {u"モントリオール", "America/Toronto"},
    {u"バンクーバー", "America/Vancouver"},
    {u"vancouver", "America/Vancouver"},
    {u"シドニー", "Australia/Sydney"},
    {u"sydney", "Australia/Sydney"},
    {u"キャンベラ", "Australia/Sydney"},
    {u"メルボルン", "Australia/Melbourne"},
    {u"melbourne", "Australia/Melbourne"},
    {u"ブリスベン", "Australia/Brisbane"},
    {u"ゴールドコースト", "Australia/Brisbane"},
    {u"パース", "Australia/Perth"},
    {u"perth", "Australia/Perth"},
    {u"アデレード", "Australia/Adelaide"},
    {u"オークランド", "Pacific/Auckland"},
    {u"auckland", "Pacific/Auckland"},
    {u"サンパウロ", "America/Sao_Paulo"},
    {u"メキシコシティ", "America/Mexico_City"},
    {u"ジャカルタ", "Asia/Jakarta"},
    {u"jakarta", "Asia/Jakarta"},
    {u"バリ島", "Asia/Makassar"},
    {u"ホーチミン", "Asia/Ho_Chi_Minh"},
    {u"ハノイ", "Asia/Bangkok"},
    {u"上海", "Asia/Shanghai"},
    {u"北京", "Asia/Shanghai"},
    {u"台北", "Asia/Taipei"},
    {u"ソウル", "Asia/Seoul"},
    {u"seoul", "Asia/Seoul"},
    {u"バンコク", "Asia/Bangkok"},
    {u"bangkok", "Asia/Bangkok"},
    {u"マニラ", "Asia/Manila"},
    {u"クアラルンプール", "Asia/Kuala_Lumpur"},
    {u"ドバイ", "Asia/Dubai"},
    {u"dubai", "Asia/Dubai"},
    {u"ムンバイ", "Asia/Kolkata"},
    {u"デリー", "Asia/Kolkata"},
    {u"ベンガルール", "Asia/Kolkata"},
    {u"ロンドン", "Europe/London"},
    {u"london", "Europe/London"},
    {u"パリ", "Europe/Paris"},
    {u"paris", "Europe/Paris"},
    {u"ベルリン", "Europe/Berlin"},
    {u"berlin", "Europe/Berlin"},
    {u"ミュンヘン", "Europe/Berlin"},
    {u"フランクフルト", "Europe/Berlin"},
    {u"デュッセルドルフ", "Europe/Berlin"},
    {u"アムステルダム", "Europe/Amsterdam"},
    {u"ブリュッセル", "Europe/Brussels"},
    {u"チューリッヒ", "Europe/Zurich"},
    {u"ジュネーブ", "Europe/Zurich"},
    {u"ウィーン", "Europe/Vienna"},
    {u"ローマ", "Europe/Rome"},
    {u"ミラノ", "Europe/Rome"},
    {u"マドリード", "Europe/Madrid"},
    {u"バルセロナ", "Europe/Madrid"},
    {u"ストックホルム", "Europe/Stockholm"},
    {u"コペンハーゲン", "Europe/Copenhagen"},
    {u"オスロ", "Europe/Oslo"},
    {u"ヘルシンキ", "Europe/Helsinki"},
    {u"ダブリン", "Europe/Dublin"},
    {u"リスボン", "Europe/Lisbon"},
    {u"ワルシャワ", "Europe/Warsaw"},
    {u"プラハ", "Europe/Prague"},
    {u"イスタンブール", "Europe/Istanbul"},
    {u"モスクワ", "Europe/Moscow"},
};

constexpr Place s_countries[] = {
    {u"ドイツ", "Europe/Berlin"},
    {u"germany", "Europe/Berlin"},
    {u"イギリス", "Europe/London"},
    {u"英国", "Europe/London"},
    {u"uk", "Europe/London"},
    {u"united kingdom", "Europe/London"},
    {u"england", "Europe/London"},
    {u"スコットランド", "Europe/London"},
    {u"フランス", "Europe/Paris"},
    {u"france", "Europe/Paris"},
    {u"イタリア", "Europe/Rome"},
    {u"スペイン", "Europe/Madrid"},
    {u"オランダ", "Europe/Amsterdam"},
    {u"ベルギー", "Europe/Brussels"},
    {u"スイス", "Europe/Zurich"},
    {u"オーストリア", "Europe/Vienna"},
    {u"スウェーデン", "Europe/Stockholm"},
    {u"デンマーク", "Europe/Copenhagen"},
    {u"ノルウェー", "Europe/Oslo"},
    {u"フィンランド", "Europe/Helsinki"},
    {u"アイルランド", "Europe/Dublin"},
    {u"ポルトガル", "Europe/Lisbon"},
    {u"ポーランド", "Europe/Warsaw"},
    {u"チェコ", "Europe/Prague"},
    {u"ハンガリー", "Europe/Budapest"},
    {u"ギリシャ", "Europe/Athens"},
    {u"トルコ", "Europe/Istanbul"},
    {u"中国", "Asia/Shanghai"},
    {u"china", "Asia/Shanghai"},
    {u"台湾", "Asia/Taipei"},
    {u"taiwan", "Asia/Taipei"},
    {u"香港", "Asia/Hong_Kong"},
    {u"hong kong", "Asia/Hong_Kong"},
    {u"韓国", "Asia/Seoul"},
    {u"korea", "Asia/Seoul"},
    {u"シンガポール", "Asia/Singapore"},
    {u"singapore", "Asia/Singapore"},
    {u"タイ", "Asia/Bangkok"},
    {u"thailand", "Asia/Bangkok"},
    {u"ベトナム", "Asia/Ho_Chi_Minh"},
    {u"vietnam", "Asia/Ho_Chi_Minh"},
    {u"フィリピン", "Asia/Manila"},
    {u"philippines", "Asia/Manila"},
    {u"マレーシア", "Asia/Kuala_Lumpur"},
    {u"malaysia", "Asia/Kuala_Lumpur"},
    {u"インド", "Asia/Kolkata"},
    {u"india", "Asia/Kolkata"},
    {u"アラブ首長国連邦", "Asia/Dubai"},
    {u"uae", "Asia/Dubai"},
    {u"ニュージーランド", "Pacific/Auckland"},
    {u"new zealand", "Pacific/Auckland"},
    {u"ブラジル", "America/Sao_Paulo"},
    {u"brazil", "America/Sao_Paulo"},
    {u"メキシコ", "America/Mexico_City"},
    {u"mexico", "America/Mexico_City"},
    // Several zones: no hint without a city.
    {u"アメリカ", ""},
    {u"米国", ""},
    {u"usa", ""},
    {u"united states", ""},
    {u"カナダ", ""},
    {u"canada", ""},
    {u"オーストラリア", ""},
    {u"australia", ""},
    {u"ロシア", ""},
    {u"russia", ""},
    {u"インドネシア", ""},
    {u"indonesia", ""},
};

// Katakana letters and the long-vowel mark; the middle dot "・" separates words ("英国・ロンドン").
bool isKatakana(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC;
}

// The text twice: folded with runs of spaces made one, for Japanese names, and with every run of other characters
// made one space, for ASCII names, so that word boundaries survive ("アメリカ ワシントン州", "living in new york").
struct SearchText
{
    QString compact;
    QString words;
};

SearchText searchText(const QString& text)
{
    SearchText s;
    for (const QChar c : foldText(text)) {
        if (!isBlank(c))
            s.compact += c;
        else if (!s.compact.isEmpty() && !s.compact.endsWith(u' '))
            s.compact += u' ';
        if (isAsciiLetterOrDigit(c))
            s.words += c;
        else if (!s.words.isEmpty() && !s.words.endsWith(u' '))
            s.words += u' ';
    }
    return s;
}

// A name counts only as a whole word: "インド" is not inside "インドネシア", "タイ" not inside "タイムゾーン",
// "uk" not inside "ukraine", and "中国地方" is a region of Japan.
bool containsName(const SearchText& search, QStringView name)
{
    const bool ascii = isAsciiLetterOrDigit(name.front());
    const QString& text = ascii ? search.words : search.compact;
    const bool katakana = isKatakana(name.front());
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        const QChar before = at > 0 ? text.at(at - 1) : QChar();
        const QChar after = end < text.size() ? text.at(end) : QChar();
        if (ascii && (isAsciiLetterOrDigit(before) || isAsciiLetterOrDigit(after)))
            continue;
        if (katakana && (isKatakana(before) || isKatakana(after)))
            continue;
        if (name == QStringView(u"中国") && QStringView(text).mid(end).startsWith(QStringView(u"地方")))
            continue;
        return true;
    }
    return false;
}

QString validZone(const QByteArray& id)
{
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) ? QString::fromLatin1(id) : QString();
}

// "Europe/Berlin" written as it is (any case of an IANA-looking word that the system knows).
QString ianaIdIn(const QString& text)
{
    const qsizetype n = text.size();
    int tries = 0; // asking the system about an id costs; a field holds one zone, not hundreds of slashes
    for (qsizetype i = 0; i < n && tries < 4; ++i) {
        if (text.at(i) != u'/')
            continue;
        qsizetype from = i;
        while (from > 0 && (isAsciiLetterOrDigit(text.at(from - 1)) || text.at(from - 1) == u'_'))
            --from;
        qsizetype to = i + 1;
        while (to < n && (isAsciiLetterOrDigit(text.at(to)) || isOneOf(text.at(to), QStringView(u"_/-+"))))
            ++to;
        if (from == i || to == i + 1 || to - from > 64)
            continue;
        ++tries;
        const QString zone = validZone(text.mid(from, to - from).toLatin1());
        if (!zone.isEmpty())
            return zone;
        i = to - 1; // "America/Argentina/Buenos_Aires" is one try, not two
    }
    return {};
}

} // namespace

namespace {

QString lookUpTimeZone(const QString& text)
{
    const QString countryOrRegion = text.left(maxAnswerChars);
    const QString iana = ianaIdIn(countryOrRegion.trimmed());
    if (!iana.isEmpty())
        return iana;
    const SearchText t = searchText(countryOrRegion);
    if (t.compact.isEmpty())
        return {};
    for (const Place& city : s_cities) {
        if (containsName(t, QStringView(city.name)))
            return validZone(QByteArray(city.zone));
    }
    for (const Place& country : s_countries) {
        if (containsName(t, QStringView(country.name)))
            return validZone(QByteArray(country.zone));
    }
    return {};
}

} // namespace

QString timeZoneFor(const QString& text)
{
    // Answers repeat from one application to the next ("東京都", "海外"), while a lookup reads every city and country
    // name and may ask the system's zone database: each thread remembers a bounded number of answers.
    thread_local QHash<QString, QString> known;
    const auto found = known.constFind(text);
    if (found != known.constEnd())
        return found.value();
    QString zone = lookUpTimeZone(text);
    if (known.size() >= 512)
        known.clear();
    known.insert(text, zone);
    return zone;
}

} // namespace tsunagu
