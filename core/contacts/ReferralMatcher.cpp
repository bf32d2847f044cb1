// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ReferralMatcher.h"

namespace tsunagu {
namespace {

// A name this short ("病院", "保健所") is a kind of place, not one place: matching it would link half the list.
constexpr int s_shortestName = 4;
constexpr int s_shortestCode = 3;

} // namespace

QString ReferralMatcher::fold(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Letters and digits only: spaces, hyphens of every width, ・, brackets and quotes differ between how a
    // poster prints a name and how a person types it.
    folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return folded;
}

ReferralMatcher::ReferralMatcher(const QVector<Contact>& contacts)
{
    m_entries.reserve(contacts.size());
    for (const Contact& c : contacts)
        m_entries.append({c.id, fold(c.organisation), fold(c.referralCode)});
}

qint64 ReferralMatcher::match(const QString& referralSource) const
{
    const QString source = fold(referralSource);
    if (source.isEmpty())
        return 0;
    // A referral code is the surer sign: it was printed for one contact.
    qint64 byCode = 0;
    int codeMatches = 0;
    for (const Entry& e : m_entries) {
        if (e.code.size() >= s_shortestCode && source.contains(e.code)) {
            byCode = e.id;
            ++codeMatches;
        }
    }
    if (codeMatches == 1)
        return byCode;
    if (codeMatches > 1)
        return 0;
    qint64 byName = 0;
    int nameMatches = 0;
    int longest = 0;
    for (const Entry& e : m_entries) {
        if (e.name.size() < s_shortestName)
            continue;
        // "みどり台クリニックのポスター" names みどり台クリニック; "みどり台" alone (a short form) names it too.
        const bool named = source.contains(e.name) || (source.size() >= s_shortestName && e.name.contains(source));
        if (!named)
            continue;
        // The longest name that fits wins ("大阪市保健所" over "大阪市" + something shorter), ties are ambiguous.
        if (e.name.size() > longest) {
            longest = int(e.name.size());
            byName = e.id;
            nameMatches = 1;
        } else if (e.name.size() == longest) {
            ++nameMatches;
        }
    }
    return nameMatches == 1 ? byName : 0;
}

} // namespace tsunagu
