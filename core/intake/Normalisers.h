// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"

#include <QString>

namespace tsunagu {

// What the applicant declared on the form, as written ("本人", "家族（妻）", "医療関係者") → Category.
// The earliest word that says who is writing wins; "本人の妻" and "当事者家族" are family (a person word followed by
// の or by a family word describes someone else). Unknown when nothing matches. Like every normaliser here, it
// reads the first maxAnswerChars (TextFold.h) characters of an answer only.
Category categoryFromText(const QString& text);

enum class DeclaredGender
{
    Unstated,
    Female,
    Male,
    Other
};

// Gender stays as written in the applicant's record; these only read it. Gender identity decides: "性自認が女性",
// "MtF" and "トランス女性" are female, as the women-only rooms say (女性のみ、性自認が女性の方を含む).
// "回答しない", "Xジェンダー" and the like are Other; an empty field is Unstated.
DeclaredGender readGender(const QString& text);
bool isFemale(const QString& gender);
bool isMale(const QString& gender);

} // namespace tsunagu
