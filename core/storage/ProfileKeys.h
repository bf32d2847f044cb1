// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Sealer.h"

#include <QString>

#include <memory>

namespace tsunagu {

// The sealers of the profiles this process has unlocked, by database path. A profile registers its sealer when it
// opens and withdraws it when it closes; every other connection this process opens to the same database (the
// workers of the window and of a sync open their own, STYLE.md §16) finds it here and seals the same way,
// without the data key being handed around. Only the key's derived subkeys live here, in sodium memory.
namespace ProfileKeys {

void add(const QString& databasePath, std::shared_ptr<const crypto::Sealer> sealer);
void remove(const QString& databasePath);
std::shared_ptr<const crypto::Sealer> find(const QString& databasePath);

} // namespace ProfileKeys
} // namespace tsunagu
