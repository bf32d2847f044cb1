// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"

#include <QHash>
#include <QVector>

namespace tsunagu {

// Which member a Zoom display name stands for: a name the host had remembered (an alias) first, then the same
// anonymous name, compared folded (ZoomParticipants::foldName). Built once per list, so a list of thousands of
// rows against a room of hundreds of members folds each name once.
class MemberMatcher
{
public:
    // `aliases`: folded display name -> member id, as AttendanceRepository::aliases gives them.
    MemberMatcher(const QVector<Member>& members, const QHash<QString, qint64>& aliases);

    // Null when the name is nobody on the roster. The pointer is into the `members` given, which must outlive it.
    const Member* match(const QString& displayName) const;

private:
    QHash<QString, const Member*> m_byName;
    QHash<QString, const Member*> m_byAlias;
};

} // namespace tsunagu
