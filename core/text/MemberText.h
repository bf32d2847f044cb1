// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MemberRules.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// The words for what keeps a member from being saved, shared by the window and the command line.
class MemberText
{
    Q_DECLARE_TR_FUNCTIONS(MemberText)

public:
    // `roomCode` names the room a taken name is used in.
    static QString problem(MemberProblem problem, const QString& roomCode);
    // What removing a member does, asked before it is done.
    static QString removeQuestion(const QString& anonymousName, const QString& roomCode);
};

} // namespace tsunagu
