// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// The copies an upgrade makes of the store before it changes the schema ("tsunagu.sqlite.v14.bak"), so that the
// older Tsunagu could still open the profile. They keep whatever the store held then: once the host deletes
// something on purpose (an applicant, texts past their room's retention) and the upgraded profile has been in use,
// they would be the only place it is still found, so they go.
namespace UpgradeCopies {

// Removes every "<store file name>.v<N>.bak" beside the store. Returns how many were removed.
int remove(const QString& databasePath);

} // namespace UpgradeCopies
} // namespace tsunagu
