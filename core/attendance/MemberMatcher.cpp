// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/MemberMatcher.h"

#include "attendance/ZoomParticipants.h"

namespace tsunagu {

MemberMatcher::MemberMatcher(const QVector<Member>& members, const QHash<QString, qint64>& aliases)
{
    QHash<qint64, const Member*> byId;
    for (const Member& m : members) {
        byId.insert(m.id, &m);
        m_byName.insert(ZoomParticipants::foldName(m.anonymousName), &m);
    }
    // An alias to a member no longer on the roster leads nowhere and is passed over.
    for (auto alias = aliases.cbegin(); alias != aliases.cend(); ++alias) {
        if (const Member* m = byId.value(alias.value(), nullptr))
            m_byAlias.insert(alias.key(), m);
    }
}

const Member* MemberMatcher::match(const QString& displayName) const
{
    const QString folded = ZoomParticipants::foldName(displayName);
    if (const Member* m = m_byAlias.value(folded, nullptr))
        return m;
    return m_byName.value(folded, nullptr);
}

} // namespace tsunagu
