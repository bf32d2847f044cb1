// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/LabelMapping.h"

#include "intake/TextFold.h"

#include <QStringList>

#include <algorithm>
#include <initializer_list>

namespace tsunagu {
namespace {

struct DefaultLabel
{
    FieldKey key;
    const char* label; // UTF-8
};

// Labels seen on Japanese application and contact forms (formmail CGI, WordPress Contact Form 7, formrun,
// Google Forms) and their English counterparts. Stored unnormalised for reading; normalised when added.
const DefaultLabel s_defaults[] = {
    {FieldKey::Name, "お名前"},
    {FieldKey::Name, "名前"},
    {FieldKey::Name, "なまえ"},
    {FieldKey::Name, "ニックネーム"},
    {FieldKey::Name, "ハンドルネーム"},
    {FieldKey::Name, "ハンドル"},
    {FieldKey::Name, "呼ばれたい名前"},
    {FieldKey::Name, "呼び名"},
    {FieldKey::Name, "表示名"},
    {FieldKey::Name, "Name"},
    {FieldKey::Name, "Your name"},
    {FieldKey::Name, "Nickname"},
    {FieldKey::Name, "Handle"},
    {FieldKey::Name, "Handle name"},
    {FieldKey::ReplyAddress, "メールアドレス"},
    {FieldKey::ReplyAddress, "メール"},
    {FieldKey::ReplyAddress, "メアド"},
    {FieldKey::ReplyAddress, "連絡先メール"},
    {FieldKey::ReplyAddress, "連絡先メールアドレス"},
    {FieldKey::ReplyAddress, "連絡先"},
    {FieldKey::ReplyAddress, "返信先"},
    {FieldKey::ReplyAddress, "E-mail"},
    {FieldKey::ReplyAddress, "Email"},
    {FieldKey::ReplyAddress, "mail"},
    {FieldKey::ReplyAddress, "E-mail address"},
    {FieldKey::ReplyAddress, "Email address"},
    {FieldKey::ReplyAddress, "Mail address"},
    {FieldKey::ReplyAddress, "Your email"},
    {FieldKey::ReplyAddress, "Your e-mail"},
    {FieldKey::Category, "ご本人/ご家族"},
    {FieldKey::Category, "本人/家族"},
    {FieldKey::Category, "ご本人・ご家族"},
    {FieldKey::Category, "本人・家族"},
    {FieldKey::Category, "区分"},
    {FieldKey::Category, "立場"},
    {FieldKey::Category, "参加区分"},
    {FieldKey::Category, "どなたの"},
    {FieldKey::Category, "属性"},
    {FieldKey::Category, "当事者との関係"},
    {FieldKey::Category, "Category"},
    {FieldKey::Category, "You are"},
    {FieldKey::Gender, "性別"},
    {FieldKey::Gender, "Gender"},
    {FieldKey::Gender, "Sex"},
    {FieldKey::AgeBand, "年代"},
    {FieldKey::AgeBand, "年齢"},
    {FieldKey::AgeBand, "年令"},
    {FieldKey::AgeBand, "Age"},
    {FieldKey::AgeBand, "Age group"},
    {FieldKey::AgeBand, "Age range"},
    {FieldKey::Region, "お住まい"},
    {FieldKey::Region, "お住まいの地域"},
    {FieldKey::Region, "地域"},
    {FieldKey::Region, "都道府県"},
    {FieldKey::Region, "居住地"},
    {FieldKey::Region, "在住"},
    {FieldKey::Region, "Region"},
    {FieldKey::Region, "Prefecture"},
    {FieldKey::Region, "Where do you live"},
    {FieldKey::Country, "国"},
    {FieldKey::Country, "お住まいの国"},
    {FieldKey::Country, "居住国"},
    {FieldKey::Country, "在住国"},
    {FieldKey::Country, "国名"},
    {FieldKey::Country, "Country"},
    {FieldKey::Country, "Country of residence"},
    {FieldKey::TimeZone, "タイムゾーン"},
    {FieldKey::TimeZone, "時差"},
    {FieldKey::TimeZone, "Time zone"},
    {FieldKey::TimeZone, "Timezone"},
    {FieldKey::Concern, "依存の対象"},
    {FieldKey::Concern, "依存対象"},
    {FieldKey::Concern, "対象"},
    {FieldKey::Concern, "お悩み"},
    {FieldKey::Concern, "悩み"},
    {FieldKey::Concern, "問題"},
    {FieldKey::Concern, "お困りごと"},
    {FieldKey::Concern, "依存症の種類"},
    {FieldKey::Concern, "Concern"},
    {FieldKey::Concern, "Addiction"},
    {FieldKey::ReferralSource, "紹介元"},
    {FieldKey::ReferralSource, "紹介者"},
    {FieldKey::ReferralSource, "紹介機関"},
    {FieldKey::ReferralSource, "どこで知りましたか"},
    {FieldKey::ReferralSource, "知りましたか"},
    {FieldKey::ReferralSource, "きっかけ"},
    {FieldKey::ReferralSource, "知ったきっかけ"},
    {FieldKey::ReferralSource, "このルームを知ったきっかけ"},
    {FieldKey::ReferralSource, "Referral"},
    {FieldKey::ReferralSource, "Referred by"},
    {FieldKey::ReferralSource, "How did you hear about us"},
    {FieldKey::ReferralSource, "How did you find us"},
    {FieldKey::Introduction, "自己紹介"},
    {FieldKey::Introduction, "メッセージ"},
    {FieldKey::Introduction, "ご相談内容"},
    {FieldKey::Introduction, "相談内容"},
    {FieldKey::Introduction, "お問い合わせ内容"},
    {FieldKey::Introduction, "問い合わせ内容"},
    {FieldKey::Introduction, "ご質問"},
    {FieldKey::Introduction, "備考"},
    {FieldKey::Introduction, "ひとこと"},
    {FieldKey::Introduction, "一言"},
    {FieldKey::Introduction, "自由記入"},
    {FieldKey::Introduction, "自由記述"},
    {FieldKey::Introduction, "コメント"},
    {FieldKey::Introduction, "Introduction"},
    {FieldKey::Introduction, "Self-introduction"},
    {FieldKey::Introduction, "About you"},
    {FieldKey::Introduction, "Message"},
    {FieldKey::Introduction, "Your message"},
    {FieldKey::Introduction, "Comments"},
    {FieldKey::Room, "希望ルーム"},
    {FieldKey::Room, "ルーム"},
    {FieldKey::Room, "参加希望"},
    {FieldKey::Room, "参加希望ルーム"},
    {FieldKey::Room, "希望するルーム"},
    {FieldKey::Room, "申込ルーム"},
    {FieldKey::Room, "Room"},
};

// Labels that contain a known word but must never become that field: a real name must not end up as the anonymous
// name a room shows, a phone number is not a reply address, and "ルームのガイドラインに同意" is not the room.
QStringList utf8List(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

const QStringList& guards()
{
    static const QStringList list = utf8List({
        "本名",
        "氏名",
        "フルネーム",
        "電話",
        "携帯番号",
        "tel",
        "phone",
        "同意",
        "規約",
        "ガイドライン",
        "確認事項",
    });
    return list;
}

// Normalised forms: "（必須）" and "［必須］" arrive here as "(必須)" and "[必須]".
const QStringList& markers()
{
    static const QStringList list = utf8List({
        "(必須)",   "[必須]",     "【必須】", "<必須>", "必須", "(任意)", "[任意]", "【任意】", "任意", "(required)",
        "required", "(optional)", "optional", "※",      "*",    ":",      "?",      ".",        "。",   "!",
    });
    return list;
}

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Removes every "(…)" group: notes such as "（ニックネーム可）" or "（確認用）".
QString withoutParentheses(const QString& text)
{
    QString result;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (depth > 0)
                --depth;
        } else if (depth == 0) {
            result += c;
        }
    }
    return result;
}

} // namespace

LabelMapping::LabelMapping()
    : LabelMapping(defaults())
{}

const LabelMapping& LabelMapping::defaults()
{
    // Built once and shared (implicitly, copy on write): the pipeline makes a mapping for every mail, and
    // normalising the defaults each time would cost more than reading the form.
    static const LabelMapping mapping = [] {
        LabelMapping m{Empty{}};
        for (const DefaultLabel& entry : s_defaults)
            m.addNormalised(normalise(QString::fromUtf8(entry.label)), entry.key);
        return m;
    }();
    return mapping;
}

LabelMapping LabelMapping::withoutDefaults()
{
    return LabelMapping(Empty{});
}

void LabelMapping::add(const QString& label, FieldKey key)
{
    addNormalised(normalise(label), key);
}

bool LabelMapping::add(const QString& label, const QString& keyName)
{
    bool ok = false;
    const FieldKey key = fieldKeyFromName(keyName, &ok);
    if (!ok)
        return false;
    add(label, key);
    return true;
}

void LabelMapping::addNormalised(const QString& normalised, FieldKey key)
{
    if (normalised.isEmpty())
        return;
    m_lookups.clear();
    m_exactLookups.clear();
    m_exact.insert(normalised, key);
    // One character ("国") is too little to look for inside other labels; ASCII only matches exactly.
    if (normalised.size() < 2 || isAscii(normalised))
        return;
    for (int i = 0; i < m_contained.size(); ++i) {
        if (m_contained.at(i).label == normalised) {
            m_contained.remove(i);
            break;
        }
    }
    int at = 0;
    while (at < m_contained.size() && m_contained.at(at).label.size() > normalised.size())
        ++at;
    m_contained.insert(at, Entry{normalised, key});
    m_byFirstChar.clear();
    for (int i = 0; i < m_contained.size(); ++i)
        m_byFirstChar[m_contained.at(i).label.front()].append(i);
}

bool LabelMapping::isGuarded(const QString& normalised) const
{
    // The guards' first characters: most labels contain none of them.
    static constexpr QStringView s_firsts = u"本氏フ電携tp同規ガ確";
    if (std::none_of(normalised.cbegin(), normalised.cend(), [](QChar c) { return isOneOf(c, s_firsts); }))
        return false;
    for (const QString& guard : guards()) {
        if (normalised.contains(guard))
            return true;
    }
    return false;
}

FieldKey LabelMapping::exactKeyFor(const QString& label) const
{
    const auto known = m_exactLookups.constFind(label);
    if (known != m_exactLookups.constEnd())
        return known.value();
    const FieldKey key = m_exact.value(normalise(label), FieldKey::None);
    if (m_exactLookups.size() >= s_maxLookups)
        m_exactLookups.clear();
    m_exactLookups.insert(label, key);
    return key;
}

FieldKey LabelMapping::keyFor(const QString& label) const
{
    const auto known = m_lookups.constFind(label);
    if (known != m_lookups.constEnd())
        return known.value();
    const FieldKey key = lookUp(label);
    if (m_lookups.size() >= s_maxLookups)
        m_lookups.clear();
    m_lookups.insert(label, key);
    return key;
}

FieldKey LabelMapping::lookUp(const QString& label) const
{
    const QString normalised = normalise(label);
    if (normalised.isEmpty())
        return FieldKey::None;
    const auto exact = m_exact.constFind(normalised);
    if (exact != m_exact.constEnd())
        return exact.value();
    if (isGuarded(normalised))
        return FieldKey::None;
    QString bare = normalise(withoutParentheses(normalised));
    if (bare.isEmpty())
        bare = normalised;
    const auto withoutNotes = m_exact.constFind(bare);
    if (withoutNotes != m_exact.constEnd())
        return withoutNotes.value();
    // The known label found inside, longest first: the lowest index into m_contained that matches anywhere.
    int best = -1;
    for (qsizetype i = 0; i < bare.size(); ++i) {
        const auto bucket = m_byFirstChar.constFind(bare.at(i));
        if (bucket == m_byFirstChar.constEnd())
            continue;
        for (const int index : bucket.value()) {
            if (best >= 0 && index >= best)
                break;
            if (QStringView(bare).mid(i).startsWith(m_contained.at(index).label)) {
                best = index;
                break;
            }
        }
    }
    return best >= 0 ? m_contained.at(best).key : FieldKey::None;
}

QString LabelMapping::normalise(const QString& label)
{
    QString text = foldText(label);
    text.removeIf([](QChar c) { return isBlank(c); });
    // Only ends that can belong to a marker are worth comparing with every marker.
    static constexpr QStringView s_markerEnds = u")]】>須意dl※*:?.。!";
    static constexpr QStringView s_markerStarts = u"([【<必任ro※*:?.。!";
    bool changed = true;
    while (changed && !text.isEmpty()) {
        changed = false;
        if (!isOneOf(text.back(), s_markerEnds) && !isOneOf(text.front(), s_markerStarts))
            break;
        for (const QString& m : markers()) {
            if (text.endsWith(m)) {
                text.chop(m.size());
                changed = true;
            } else if (text.startsWith(m) && text.size() > m.size()) {
                text.remove(0, m.size());
                changed = true;
            }
        }
    }
    return text;
}

} // namespace tsunagu
