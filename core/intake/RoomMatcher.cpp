// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/RoomMatcher.h"

#include "intake/TextFold.h"

#include <algorithm>

namespace tsunagu {
namespace {

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// A code or name that begins or ends with an ASCII letter or digit must not be glued to another one there.
bool boundedAt(const QString& text, int start, int length, QStringView word)
{
    if (isAsciiLetterOrDigit(word.front()) && start > 0 && isAsciiLetterOrDigit(text.at(start - 1)))
        return false;
    const int end = start + length;
    return !(isAsciiLetterOrDigit(word.back()) && end < text.size() && isAsciiLetterOrDigit(text.at(end)));
}

bool isOpener(QChar c)
{
    // Folded text: "（［＜" are "([<" already.
    return isOneOf(c, QStringView(u"【[(「『〔<"));
}

bool isCloser(QChar c)
{
    return isOneOf(c, QStringView(u"】])」』〕>"));
}

} // namespace

RoomMatcher::RoomMatcher(const QVector<Room>& rooms)
{
    for (const Room& room : rooms) {
        Pattern p;
        p.code = room.code.trimmed();
        p.folded = foldText(p.code);
        if (p.folded.isEmpty())
            continue;
        p.name = foldText(room.name.trimmed());
        const qsizetype paren = p.name.indexOf(u'(');
        const QString head = (paren >= 0 ? p.name.left(paren) : p.name).trimmed();
        if (head.size() >= 3 && head != p.name)
            p.nameHead = head;
        if (p.name.size() < 2)
            p.name.clear();
        m_patterns.append(p);
    }
}

void RoomMatcher::findPrefixed(const QString& text, QVector<Hit>& hits) const
{
    for (const QStringView token : {QStringView(u"room"), QStringView(u"ルーム")}) {
        for (qsizetype at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
            // "classroom D", "showroom" are not rooms of ours.
            if (token.front() == u'r' && at > 0 && isAsciiLetterOrDigit(text.at(at - 1)))
                continue;
            int p = int(at + token.size());
            for (int skipped = 0; skipped < 3 && p < text.size() && isOneOf(text.at(p), QStringView(u" -_・:#."));
                 ++skipped)
                ++p;
            int best = -1;
            int bestLength = 0;
            for (int i = 0; i < m_patterns.size(); ++i) {
                const QString& code = m_patterns.at(i).folded;
                // "RoomNG": the code is glued to the word room on purpose; only its end needs a boundary.
                const int end = p + int(code.size());
                if (code.size() > bestLength && QStringView(text).mid(p).startsWith(code) &&
                    !(isAsciiLetterOrDigit(code.back()) && end < text.size() && isAsciiLetterOrDigit(text.at(end)))) {
                    best = i;
                    bestLength = int(code.size());
                }
            }
            if (best >= 0)
                hits.append(Hit{int(at), p + bestLength - int(at), best});
        }
    }
}

void RoomMatcher::findNames(const QString& text, QVector<Hit>& hits) const
{
    for (int i = 0; i < m_patterns.size(); ++i) {
        for (const QString& name : {m_patterns.at(i).name, m_patterns.at(i).nameHead}) {
            if (name.isEmpty())
                continue;
            for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (boundedAt(text, int(at), int(name.size()), name))
                    hits.append(Hit{int(at), int(name.size()), i});
            }
        }
    }
}

void RoomMatcher::findCodes(const QString& text, bool bareCodes, QVector<Hit>& hits) const
{
    // "【DA】参加申し込み", "(NF)": a code alone in brackets.
    for (int at = 0; at < text.size(); ++at) {
        if (!isOpener(text.at(at)))
            continue;
        int p = at + 1;
        while (p < text.size() && text.at(p).isSpace())
            ++p;
        int best = -1;
        int bestLength = 0;
        for (int i = 0; i < m_patterns.size(); ++i) {
            const QString& code = m_patterns.at(i).folded;
            if (code.size() <= bestLength || !QStringView(text).mid(p).startsWith(code))
                continue;
            int q = p + int(code.size());
            while (q < text.size() && text.at(q).isSpace())
                ++q;
            if (q < text.size() && isCloser(text.at(q))) {
                best = i;
                bestLength = int(code.size());
            }
        }
        if (best >= 0)
            hits.append(Hit{p, bestLength, best});
    }
    // A code alone: anywhere in a room field; elsewhere only codes that cannot be an ordinary ASCII word
    // ("N女", "三森"), since "A", "E" or "NG" alone are everyday words and letters.
    for (int i = 0; i < m_patterns.size(); ++i) {
        const QString& code = m_patterns.at(i).folded;
        if (!bareCodes && isAscii(code))
            continue;
        for (qsizetype at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
            if (boundedAt(text, int(at), int(code.size()), code))
                hits.append(Hit{int(at), int(code.size()), i});
        }
    }
}

QStringList RoomMatcher::roomsNamedIn(const QString& text, bool bareCodes) const
{
    const QString folded = foldText(text.left(maxChars));
    QVector<Hit> hits;
    findPrefixed(folded, hits);
    findNames(folded, hits);
    findCodes(folded, bareCodes, hits);

    // Longest first; a hit overlapping a longer one is part of it ("Room DA" holds "D", "N女" holds "N").
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.length != b.length ? a.length > b.length : a.start < b.start;
    });
    // Which characters a kept hit covers: linear in the text, however many hits a hostile subject produces.
    QVector<bool> covered(folded.size() + 1, false);
    QVector<Hit> kept;
    for (const Hit& hit : hits) {
        const auto from = covered.cbegin() + hit.start;
        if (std::any_of(from, from + hit.length, [](bool c) { return c; }))
            continue;
        std::fill(covered.begin() + hit.start, covered.begin() + hit.start + hit.length, true);
        kept.append(hit);
    }
    std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
    QStringList codes;
    for (const Hit& hit : kept) {
        const QString& code = m_patterns.at(hit.room).code;
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

RoomMatch RoomMatcher::find(const QString& subject, const FormFields& fields) const
{
    QStringList fromForm;
    for (const QString& value : fields.values(FieldKey::Room)) {
        for (const QString& code : roomsNamedIn(value, true)) {
            if (!fromForm.contains(code))
                fromForm << code;
        }
    }
    const QStringList fromSubject = roomsNamedIn(subject, false);

    RoomMatch result;
    result.candidates = fromForm;
    for (const QString& code : fromSubject) {
        if (!result.candidates.contains(code))
            result.candidates << code;
    }
    if (fromForm.size() == 1) {
        result.code = fromForm.first();
        result.source = RoomMatch::Source::FormField;
    } else if (fromSubject.size() == 1 && (fromForm.isEmpty() || fromForm.contains(fromSubject.first()))) {
        result.code = fromSubject.first();
        result.source = RoomMatch::Source::Subject;
    }
    return result;
}

} // namespace tsunagu
