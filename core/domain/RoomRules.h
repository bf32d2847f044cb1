// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Host.h"
#include "domain/Room.h"

#include <QStringList>
#include <QVector>

namespace tsunagu {

// What keeps a room's settings from being saved. The window and the command line word each one.
enum class RoomProblem
{
    NoCode,
    CodeTaken,  // another room has this code
    CodeSpaces, // a code is typed in commands and subjects: no spaces
    NoName,
    FormUrlInvalid,   // not an http(s) address
    ChatLinkInvalid,  // not an http(s) address
    ReceptionInvalid, // not a mail address
    DeadlineOutOfRange,
};

enum class HostProblem
{
    NoName,
    NameTaken,
};

// The rules a room's settings follow; `otherCodes` are the codes of every other room.
QVector<RoomProblem> roomProblems(const Room& room, const QStringList& otherCodes);
// The rules a host's settings follow; `otherNames` are the names of every other host.
QVector<HostProblem> hostProblems(const Host& host, const QStringList& otherNames);

// The longest reply deadline a room may set, in days.
constexpr int s_maxReplyDeadlineDays = 60;

} // namespace tsunagu
