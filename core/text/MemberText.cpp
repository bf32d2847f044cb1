// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/MemberText.h"

namespace tsunagu {

QString MemberText::problem(MemberProblem problem, const QString& roomCode)
{
    switch (problem) {
    case MemberProblem::NoName:
        return tr("Give the member an anonymous name (the name they use in the room).");
    case MemberProblem::NoRoom:
        return tr("Choose the room the member belongs to.");
    case MemberProblem::NameTaken:
        return tr("Room %1 already has a member with this anonymous name. Choose a different one, for example with "
                  "a letter or number added.")
            .arg(roomCode);
    }
    return {};
}

QString MemberText::removeQuestion(const QString& anonymousName, const QString& roomCode)
{
    return tr("Remove %1 from the roster of room %2? Attendance already counted stays counted; only their name "
              "leaves the rosters and the lists of who came.")
        .arg(anonymousName, roomCode);
}

} // namespace tsunagu
