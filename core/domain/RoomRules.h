// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"
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
    MinimumMinutesOutOfRange, // a Zoom participant's minimum stay, 0 to s_maxMinimumMinutes
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

// The hosts who answer for the room `roomCode`, in the order given.
QVector<Host> hostsOfRoom(const QVector<Host>& hosts, const QString& roomCode);
// The host a reply for that room is signed by when nobody names one: the room's only host, else the only host of
// the profile; 0 when there is a choice to make.
qint64 defaultHostFor(const QVector<Host>& hosts, const QString& roomCode);

// The theme keys (alcohol, drugs, gambling, gaming, eating, kleptomania) an applicant's concern, as written,
// speaks of: "お酒がやめられない" → alcohol. Empty when it names none.
QStringList themesOfConcern(const QString& concern);

// The rooms an applicant may be referred to, best first: active rooms whose theme fits the concern and whose
// audience fits how they applied, then the other active rooms, then paused ones (never first). The applicant's
// own room is left out.
QVector<Room> referralCandidates(const QVector<Room>& rooms, const Applicant& applicant);

// The longest reply deadline a room may set, in days.
constexpr int s_maxReplyDeadlineDays = 60;

} // namespace tsunagu
