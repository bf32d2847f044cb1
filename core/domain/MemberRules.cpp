// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MemberRules.h"

namespace tsunagu {

QString memberNameKey(const QString& name)
{
    // NFKC folds full-width Latin letters and digits to their plain forms (and half-width kana to full-width).
    return name.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QVector<MemberProblem> memberProblems(const Member& member, const QStringList& otherNamesInRoom)
{
    QVector<MemberProblem> problems;
    const QString key = memberNameKey(member.anonymousName);
    if (key.isEmpty())
        problems << MemberProblem::NoName;
    if (member.roomId <= 0)
        problems << MemberProblem::NoRoom;
    if (!key.isEmpty()) {
        for (const QString& other : otherNamesInRoom) {
            if (memberNameKey(other) == key) {
                problems << MemberProblem::NameTaken;
                break;
            }
        }
    }
    return problems;
}

bool canBecomeMember(ApplicantStatus status)
{
    return status == ApplicantStatus::Invited || status == ApplicantStatus::Attending;
}

} // namespace tsunagu
