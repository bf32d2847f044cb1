// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"
#include "domain/Member.h"

#include <QStringList>
#include <QVector>

namespace tsunagu {

// What keeps a member from being saved. The window and the command line word each one.
enum class MemberProblem
{
    NoName,
    NoRoom,
    NameTaken, // another member of the same room has this anonymous name
};

// The rules a member follows; `otherNamesInRoom` are the anonymous names of the room's other members. Names are
// compared trimmed and without regard to case or full-width/half-width letters: "Haru" and "ｈａｒｕ" read as the
// same person on a roster.
QVector<MemberProblem> memberProblems(const Member& member, const QStringList& otherNamesInRoom);
// The form of a name used for that comparison.
QString memberNameKey(const QString& name);

// Whether an applicant with this status can be put on a room's roster: invited or attending.
bool canBecomeMember(ApplicantStatus status);

} // namespace tsunagu
