// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Normalisers.h"

#include "intake/TextFold.h"

#include <QStringList>

#include <initializer_list>

namespace tsunagu {
namespace {

QString compact(const QString& text)
{
    QString result;
    for (const QChar c : foldText(text.left(maxAnswerChars))) {
        if (!isBlank(c))
            result += c;
    }
    return result;
}

// Words of folded ASCII text, for English answers ("Family member", "Myself").
QStringList asciiWords(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : foldText(text.left(maxAnswerChars))) {
        if (isAsciiLetterOrDigit(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

struct Keyword
{
    const char16_t* word;
    Category category;
};

constexpr Keyword s_categoryWords[] = {
    {u"本人", Category::Person},
    {u"当事者", Category::Person},
    {u"自分", Category::Person},
    {u"私自身", Category::Person},
    {u"家族", Category::Family},
    {u"配偶者", Category::Family},
    {u"妻", Category::Family},
    {u"夫", Category::Family},
    {u"母", Category::Family},
    {u"父", Category::Family},
    {u"親", Category::Family},
    {u"子ども", Category::Family},
    {u"子供", Category::Family},
    {u"こども", Category::Family},
    {u"息子", Category::Family},
    {u"娘", Category::Family},
    {u"兄", Category::Family},
    {u"弟", Category::Family},
    {u"姉", Category::Family},
    {u"妹", Category::Family},
    {u"きょうだい", Category::Family},
    {u"祖", Category::Family},
    {u"孫", Category::Family},
    {u"身内", Category::Family},
    {u"恋人", Category::Family},
    {u"パートナー", Category::Family},
    {u"婚約者", Category::Family},
    {u"支援者", Category::Supporter},
    {u"支援職", Category::Supporter},
    {u"支援機関", Category::Supporter},
    {u"医療", Category::Supporter},
    {u"援助職", Category::Supporter},
    {u"援助者", Category::Supporter},
    {u"スタッフ", Category::Supporter},
    {u"カウンセラー", Category::Supporter},
    {u"専門職", Category::Supporter},
    {u"看護", Category::Supporter},
    {u"医師", Category::Supporter},
    {u"保健師", Category::Supporter},
    {u"ソーシャルワーカー", Category::Supporter},
    {u"精神保健福祉士", Category::Supporter},
    {u"福祉", Category::Supporter},
    {u"相談員", Category::Supporter},
    {u"職員", Category::Supporter},
    {u"その他", Category::Other},
    {u"友人", Category::Other},
    {u"知人", Category::Other},
};

bool startsWithFamilyWord(QStringView rest)
{
    for (const Keyword& k : s_categoryWords) {
        if (k.category == Category::Family && rest.startsWith(QStringView(k.word)))
            return true;
    }
    return false;
}

// "本人の妻", "当事者家族", "本人ではありません": the person word describes someone else.
bool personWordDescribesOther(QStringView rest)
{
    return rest.startsWith(u'の') || rest.startsWith(QStringView(u"では")) || rest.startsWith(QStringView(u"じゃ")) ||
           startsWithFamilyWord(rest);
}

Category categoryFromEnglish(const QStringList& words)
{
    auto has = [&words](std::initializer_list<const char*> list) {
        for (const char* w : list) {
            if (words.contains(QLatin1String(w)))
                return true;
        }
        return false;
    };
    if (has({"family", "spouse", "wife", "husband", "mother", "father", "parent", "son", "daughter", "partner",
             "sibling"}))
        return Category::Family;
    if (has({"person", "self", "myself", "me", "addict", "patient"}))
        return Category::Person;
    if (has({"supporter", "professional", "staff", "counselor", "counsellor", "nurse", "doctor", "clinician",
             "worker"}))
        return Category::Supporter;
    if (has({"other", "friend"}))
        return Category::Other;
    return Category::Unknown;
}

} // namespace

Category categoryFromText(const QString& text)
{
    const QString t = compact(text);
    if (t.isEmpty())
        return Category::Unknown;
    int bestAt = -1;
    int bestLength = 0;
    Category best = Category::Unknown;
    for (const Keyword& k : s_categoryWords) {
        const QStringView word(k.word);
        for (qsizetype at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
            const QStringView rest = QStringView(t).mid(at + word.size());
            if (k.category == Category::Person && personWordDescribesOther(rest))
                continue;
            // "大丈夫", "工夫" are not husbands.
            if (word == QStringView(u"夫") && at > 0 && (t.at(at - 1) == u'丈' || t.at(at - 1) == u'工'))
                continue;
            if (bestAt < 0 || at < bestAt || (at == bestAt && word.size() > bestLength)) {
                bestAt = int(at);
                bestLength = int(word.size());
                best = k.category;
            }
            break;
        }
    }
    if (best != Category::Unknown)
        return best;
    return categoryFromEnglish(asciiWords(text));
}

DeclaredGender readGender(const QString& text)
{
    const QString t = compact(text);
    if (t.isEmpty())
        return DeclaredGender::Unstated;
    // Identity first: "身体は男性、性自認は女性" is a woman for a women-only room.
    const qsizetype identity = t.indexOf(QStringView(u"性自認"));
    if (identity >= 0) {
        const QStringView rest = QStringView(t).mid(identity + 3);
        const qsizetype female = rest.indexOf(u'女');
        const qsizetype male = rest.indexOf(u'男');
        if (female >= 0 && (male < 0 || female < male))
            return DeclaredGender::Female;
        if (male >= 0)
            return DeclaredGender::Male;
    }
    if (t.contains(QLatin1String("mtf")) || t.contains(QStringView(u"トランス女性")) ||
        t.contains(QStringView(u"トランスジェンダー女性")) || t.contains(QLatin1String("transwoman")) ||
        t.contains(QLatin1String("transfemale")))
        return DeclaredGender::Female;
    if (t.contains(QLatin1String("ftm")) || t.contains(QStringView(u"トランス男性")) ||
        t.contains(QStringView(u"トランスジェンダー男性")) || t.contains(QLatin1String("transman")) ||
        t.contains(QLatin1String("transmale")))
        return DeclaredGender::Male;

    const QStringList words = asciiWords(text);
    if (words.size() == 1 && (words.first() == QLatin1String("f") || words.first() == QLatin1String("w")))
        return DeclaredGender::Female;
    if (words.size() == 1 && words.first() == QLatin1String("m"))
        return DeclaredGender::Male;
    const bool female = t.contains(u'女') || t.contains(QStringView(u"じょせい")) || t.contains(u'♀') ||
                        words.contains(QLatin1String("female")) || words.contains(QLatin1String("woman")) ||
                        words.contains(QLatin1String("women")) || words.contains(QLatin1String("lady"));
    const bool male = t.contains(u'男') || t.contains(QStringView(u"だんせい")) || t.contains(u'♂') ||
                      words.contains(QLatin1String("male")) || words.contains(QLatin1String("man")) ||
                      words.contains(QLatin1String("men"));
    if (female && !male)
        return DeclaredGender::Female;
    if (male && !female)
        return DeclaredGender::Male;
    return DeclaredGender::Other;
}

bool isFemale(const QString& gender)
{
    return readGender(gender) == DeclaredGender::Female;
}

bool isMale(const QString& gender)
{
    return readGender(gender) == DeclaredGender::Male;
}

} // namespace tsunagu
