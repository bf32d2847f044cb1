// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/FormLineReader.h"

#include "intake/LabelMapping.h"
#include "intake/TextFold.h"

#include <initializer_list>

namespace tsunagu {
namespace {

constexpr int s_maxLabel = 30;       // "どこでこのルームを知りましたか" is 15; prose runs longer
constexpr int s_maxBulletLabel = 40; // a "■" line is a heading even when it is a question

bool isColon(QChar c)
{
    // ASCII, full-width, and the small/vertical forms some phone keyboards produce.
    const char16_t u = c.unicode();
    return u == u':' || (u >= 0xFE13 && (u == 0xFF1A || u == 0xFE55 || u == 0xFE13));
}

// Sets of characters, measured at compile time: these are asked about for every character of every line.
constexpr QStringView s_strongBullets = u"■□●○◆◇▼▽▲△★☆◎◉▶▷►";
constexpr QStringView s_separatorChars = u"-=_~*#+－＝＿～＊＃＋─━═―‐−ー〜・…┈┉┄┅■□◆◇●○★☆";

// Each set lies in a few ranges (ASCII, U+2010–U+2606 punctuation, box drawing and shapes, three kana-block marks,
// full-width forms): ordinary letters and kanji are turned away before the set is searched.
bool isStrongBullet(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x25A0 && u <= 0x2606 && isOneOf(c, s_strongBullets);
}

bool isSeparatorChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u'-' || u == u'=' || u == u'_' || u == u'~' || u == u'*' || u == u'#' || u == u'+';
    if (u < 0x2010 || (u > 0x2606 && u < 0x301C) || (u > 0x301C && u < 0x30FB) || (u > 0x30FC && u < 0xFF03))
        return false;
    return isOneOf(c, s_separatorChars);
}

QChar closerFor(QChar opener)
{
    switch (opener.unicode()) {
    case u'【':
        return u'】';
    case u'[':
        return u']';
    case u'［':
        return u'］';
    case u'〔':
        return u'〕';
    case u'《':
        return u'》';
    case u'〈':
        return u'〉';
    default:
        return QChar();
    }
}

// Separators ("-----", "━━━━", "＝＝＝") and headings framed by them ("===== 申込内容 =====", "☆☆☆ ご本人 ☆☆☆").
// Spaces between the rule characters do not count ("- - - -").
bool isSeparator(QStringView text)
{
    int leading = 0;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSeparatorChar(c))
            ++leading;
        else if (!isBlank(c))
            break;
    }
    if (i == text.size() || leading < 3)
        return leading >= 3 && i == text.size();
    int trailing = 0;
    for (qsizetype j = text.size() - 1; j > i; --j) {
        const QChar c = text.at(j);
        if (isSeparatorChar(c))
            ++trailing;
        else if (!isBlank(c))
            break;
    }
    return trailing >= 3;
}

// Compares as if the spaces in text were not there, ASCII letters in any case: "Powered by" ~ "poweredby".
bool startsWithLoosely(QStringView text, QStringView prefix)
{
    qsizetype i = 0;
    for (const QChar p : prefix) {
        while (i < text.size() && isBlank(text.at(i)))
            ++i;
        if (i == text.size() || text.at(i).toCaseFolded() != p)
            return false;
        ++i;
    }
    return true;
}

// The fixed text form services put under (or over) a submission. Matched at the start of a line so that a
// self-introduction mentioning "自動返信メール" is not cut short.
bool isFooter(QStringView text)
{
    static constexpr const char16_t* s_starts[] = {
        u"このメールは", u"本メールは",        u"このメッセージは", u"本メッセージは",     u"※このメール",
        u"※本メール",    u"※このメッセージ",   u"poweredby",        u"sentfrommy",         u"sentvia",
        u"submittedvia", u"thise-mailwassent", u"thisemailwassent", u"thismessagewassent", u"googleフォーム",
        u"googleforms",  u"contactform7",
    };
    // Most lines start with none of the footers' first characters: a cheap test before the comparisons.
    if (isOneOf(text.front(), QStringView(u"こ本※pPsStTgGcC"))) {
        for (const char16_t* start : s_starts) {
            if (startsWithLoosely(text, QStringView(start)))
                return true;
        }
    }
    if ((text.front() == u'※' || text.front() == u'＊') && text.contains(QStringView(u"自動")))
        return true;
    return text.contains(u'専') && (text.contains(QStringView(u"送信専用")) || text.contains(QStringView(u"配信専用")));
}

bool isEnd(QStringView line, QStringView text)
{
    if (line == QLatin1String("-- ") || line == QLatin1String("--"))
        return true; // RFC 3676 §4.3 signature separator
    // Outlook's reply header; what follows is the earlier mail, unquoted.
    if (!text.startsWith(QLatin1String("--")) || !text.endsWith(QLatin1String("--")))
        return false;
    return text.contains(QLatin1String("original message"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("originalmessage"), Qt::CaseInsensitive) ||
           text.contains(QStringView(u"元のメッセージ"));
}

// The first colon that separates a label: "19:00" and "https://" are not separators.
qsizetype labelColon(QStringView text, bool* isUrl)
{
    *isUrl = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isColon(text.at(i)))
            continue;
        const bool digitBefore = i > 0 && text.at(i - 1).isDigit();
        const bool digitAfter = i + 1 < text.size() && text.at(i + 1).isDigit();
        if (digitBefore && digitAfter)
            continue;
        if (text.mid(i + 1).startsWith(QLatin1String("//"))) {
            *isUrl = true;
            return -1;
        }
        return i;
    }
    return -1;
}

bool isDigitChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

// A list marker before a label: "・", "-", "1.", "2)", "(3)", "（４）", "①". Hand-written rather than a regular
// expression: this runs on every line of every mail.
QStringView withoutListMarker(QStringView text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return text;
    qsizetype at = 0;
    const QChar first = text.front();
    if (isOneOf(first, QStringView(u"・•･*＊+-－")) || (first >= u'\u2460' && first <= u'\u2473')) {
        at = 1;
    } else {
        const bool paren = first == u'(' || first == u'（';
        qsizetype i = paren ? 1 : 0;
        int digits = 0;
        while (i < n && digits < 3 && isDigitChar(text.at(i))) {
            ++i;
            ++digits;
        }
        if (digits >= 1 && digits <= 2 && i < n) {
            const QChar close = text.at(i);
            if (paren ? (close == u')' || close == u'）') : isOneOf(close, QStringView(u".)．）")))
                at = i + 1;
        }
    }
    return at == 0 ? text : text.mid(at).trimmed();
}

// Where a label ends in "お名前<TAB>さくら" or "お名前　さくら": a tab, an ideographic space or two spaces.
qsizetype gapAt(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\t' || c == u'\u3000' || (c == u' ' && i + 1 < text.size() && text.at(i + 1) == u' '))
            return i;
    }
    return -1;
}

// A required/optional marker in brackets before the label: "【必須】お名前".
bool isMarker(QStringView inner)
{
    for (const char16_t* marker : {u"必須", u"任意", u"必須項目", u"※", u"*", u"＊"}) {
        if (inner == QStringView(marker))
            return true;
    }
    return inner.compare(QLatin1String("required"), Qt::CaseInsensitive) == 0 ||
           inner.compare(QLatin1String("optional"), Qt::CaseInsensitive) == 0;
}

// Shape alone, before the mapping is asked: a label has a letter, is short, has no sentence end, no address (URLs
// were refused at their "://"), and balanced parentheses ("年代を教えてください（例" is an instruction cut at "例:
// 30代）").
bool looksLikeLabel(QStringView label, int maxLength)
{
    if (label.isEmpty() || label.size() > maxLength)
        return false;
    bool letter = false;
    int open = 0;
    int close = 0;
    for (const QChar c : label) {
        switch (c.unicode()) {
        case u'。':
        case u'!':
        case u'！':
        case u'@':
        case u'＠':
        case u'<':
        case u'>':
        case u'＜':
        case u'＞':
            return false;
        case u'(':
        case u'（':
            ++open;
            break;
        case u')':
        case u'）':
            ++close;
            break;
        default:
            letter = letter || c.isLetter();
        }
    }
    return letter && open == close;
}

// An unknown label is kept, but prose with a colon ("結論から言うと、…:") and reply prefixes are not labels.
bool looksLikeUnknownLabel(QStringView label)
{
    for (const QChar c : label) {
        if (c == u'、' || c == u',' || c == u'，')
            return false;
    }
    for (const char* word : {"re", "fw", "fwd", "mailto", "tel"}) {
        if (label.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

} // namespace

FormLineReader::FormLineReader(const LabelMapping& mapping)
    : m_mapping(mapping)
{}

FormLine FormLineReader::read(QStringView line) const
{
    FormLine out;
    const QStringView text = line.trimmed();
    if (text.isEmpty()) {
        out.kind = FormLine::Kind::Blank;
        return out;
    }
    if (text.front() == u'>' || text.front() == u'＞') {
        out.kind = FormLine::Kind::Quoted;
        return out;
    }
    if (isEnd(line, text)) {
        out.kind = FormLine::Kind::End;
        return out;
    }
    if (isSeparator(text)) {
        out.kind = FormLine::Kind::Separator;
        return out;
    }
    if (isFooter(text)) {
        out.kind = FormLine::Kind::Footer;
        return out;
    }
    if (readLabel(text, out))
        out.kind = FormLine::Kind::Label;
    return out;
}

bool FormLineReader::label(FormLine& out, FormLine::Style style, QStringView label, QStringView value,
                           int maxLength) const
{
    if (!looksLikeLabel(label, maxLength))
        return false;
    const QString written = label.toString();
    const FieldKey key = m_mapping.keyFor(written);
    if (key == FieldKey::None && !looksLikeUnknownLabel(label))
        return false;
    out = FormLine{FormLine::Kind::Label, style, written, value.toString(), key};
    return true;
}

bool FormLineReader::readLabel(QStringView text, FormLine& out) const
{
    bool bullet = false;
    while (!text.isEmpty() && isStrongBullet(text.front())) {
        bullet = true;
        text = text.mid(1).trimmed();
    }
    if (!bullet)
        text = withoutListMarker(text);

    // "【お名前】さくら", "[年代]", "【必須】お名前：さくら" (a marker in brackets is not the label).
    for (int markers = 0; markers < 4 && !text.isEmpty(); ++markers) {
        const QChar closer = closerFor(text.front());
        const qsizetype end = closer.isNull() ? -1 : text.indexOf(closer, 1);
        if (end < 2)
            break;
        const QStringView inner = text.mid(1, end - 1).trimmed();
        QStringView rest = text.mid(end + 1).trimmed();
        if (isMarker(inner)) {
            text = rest;
            continue;
        }
        while (!rest.isEmpty() && isColon(rest.front()))
            rest = rest.mid(1).trimmed();
        if (label(out, FormLine::Style::Bracket, inner, rest, s_maxLabel))
            return true;
        break;
    }
    if (text.isEmpty())
        return false;

    bool isUrl = false;
    const qsizetype colon = labelColon(text, &isUrl);
    if (colon >= 0) {
        return label(out, bullet ? FormLine::Style::Bullet : FormLine::Style::Colon, text.left(colon).trimmed(),
                     text.mid(colon + 1).trimmed(), bullet ? s_maxBulletLabel : s_maxLabel);
    }
    if (isUrl)
        return false;

    // "お名前<TAB>さくら", "■お名前　さくら": only for labels known exactly, a gap alone says little.
    const qsizetype gap = gapAt(text);
    // A label is short: prose with a space in it is not worth normalising and looking up.
    if (gap > 0 && gap <= s_maxLabel) {
        const QString written = text.left(gap).trimmed().toString();
        const QStringView value = text.mid(gap).trimmed();
        const FieldKey key = m_mapping.exactKeyFor(written);
        if (key != FieldKey::None && !value.isEmpty()) {
            out = FormLine{FormLine::Kind::Label, FormLine::Style::Gap, written, value.toString(), key};
            return true;
        }
    }
    return bullet && label(out, FormLine::Style::Bullet, text, QStringView(), s_maxBulletLabel);
}

} // namespace tsunagu
