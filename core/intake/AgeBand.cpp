// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/AgeBand.h"

#include "intake/TextFold.h"

namespace tsunagu {
namespace {

constexpr int s_majority = 18;
constexpr int s_oldest = 120; // beyond this a number is not an age ("1990年生まれ" is read no further)

QString compact(const QString& text)
{
    QString result;
    for (const QChar c : foldText(text.left(maxAnswerChars))) {
        if (!isBlank(c))
            result += c;
    }
    return result;
}

QString decadeBand(int decade)
{
    return QString::number(decade) + u'代';
}

AgeReading decade(int tens)
{
    AgeReading r;
    r.band = decadeBand(tens);
    r.minor = tens <= 10 ? MinorStatus::PossiblyMinor : MinorStatus::Adult;
    return r;
}

AgeReading fromYears(int years)
{
    AgeReading r;
    r.years = years;
    r.band = years < 10 ? QStringLiteral("10歳未満") : decadeBand(years / 10 * 10);
    r.minor = years < s_majority ? MinorStatus::Minor : MinorStatus::Adult;
    return r;
}

// "二十代" → 20, "十代" → 10; 0 if not a kanji decade.
int kanjiDecade(const QString& t)
{
    static constexpr char16_t digits[] = u"一二三四五六七八九";
    const qsizetype at = t.indexOf(QStringView(u"十代"));
    if (at < 0)
        return 0;
    if (at == 0)
        return 10;
    const qsizetype d = QStringView(digits).indexOf(t.at(at - 1));
    return d >= 0 ? int(d + 1) * 10 : 10;
}

} // namespace

AgeReading readAge(const QString& text)
{
    const QString t = compact(text);
    AgeReading unknown;
    unknown.band = text.trimmed();
    if (t.isEmpty())
        return unknown;

    if (t.contains(QStringView(u"未成年"))) {
        AgeReading r;
        r.band = QStringLiteral("未成年");
        r.minor = MinorStatus::Minor;
        return r;
    }
    if (t.contains(QStringView(u"小学生")) || t.contains(QStringView(u"中学生")) ||
        t.contains(QStringView(u"高校生"))) {
        AgeReading r = decade(10);
        r.minor = t.contains(QStringView(u"高校生")) ? MinorStatus::PossiblyMinor : MinorStatus::Minor;
        return r;
    }
    static constexpr struct
    {
        const char16_t* word;
        int tens;
    } s_slang[] = {{u"アラサー", 30}, {u"アラフォー", 40}, {u"アラフィフ", 50}, {u"アラカン", 60}};
    for (const auto& slang : s_slang) {
        if (t.contains(QStringView(slang.word)))
            return decade(slang.tens);
    }
    if (const int tens = kanjiDecade(t))
        return decade(tens);

    // The first number, then what follows it.
    qsizetype at = 0;
    while (at < t.size() && !(t.at(at) >= u'0' && t.at(at) <= u'9'))
        ++at;
    if (at == t.size())
        return unknown;
    int number = 0;
    qsizetype end = at;
    while (end < t.size() && t.at(end) >= u'0' && t.at(end) <= u'9' && number <= s_oldest * 10) {
        number = number * 10 + (t.at(end).unicode() - u'0');
        ++end;
    }
    if (end < t.size() && t.at(end) >= u'0' && t.at(end) <= u'9')
        return unknown; // a long number: a year or a phone number, not an age
    const QStringView rest = QStringView(t).mid(end);
    if (number > s_oldest)
        return unknown;

    if (rest.startsWith(u'代') || rest.startsWith(QStringView(u"歳代")) || rest.startsWith(QLatin1String("'s")) ||
        rest.startsWith(u's')) {
        if (number < 10 || number % 10 != 0)
            return unknown;
        return decade(number);
    }
    QStringView afterUnit = rest;
    for (const QStringView unit :
         {QStringView(u"歳"), QStringView(u"才"), QStringView(u"さい"), QStringView(u"yearsold"), QStringView(u"yo")}) {
        if (afterUnit.startsWith(unit)) {
            afterUnit = afterUnit.mid(unit.size());
            break;
        }
    }
    if (afterUnit.startsWith(QStringView(u"未満"))) {
        AgeReading r;
        if (number <= s_majority) {
            r.band = QStringLiteral("未成年");
            r.minor = MinorStatus::Minor;
        } else if (number <= 20) {
            r.band = decadeBand(10);
            r.minor = MinorStatus::PossiblyMinor;
        } else {
            return unknown;
        }
        return r;
    }
    if (afterUnit.size() != rest.size() || rest.isEmpty() || rest.startsWith(u'(') || rest.startsWith(u'~') ||
        rest.startsWith(u'-') || rest.startsWith(u'〜') || rest.startsWith(QStringView(u"以上")))
        return fromYears(number);
    return unknown;
}

QString normaliseAgeBand(const QString& text)
{
    return readAge(text).band;
}

bool isMinor(const QString& ageText)
{
    const MinorStatus m = readAge(ageText).minor;
    return m == MinorStatus::Minor || m == MinorStatus::PossiblyMinor;
}

bool isClearMinor(const QString& ageText)
{
    return readAge(ageText).minor == MinorStatus::Minor;
}

} // namespace tsunagu
