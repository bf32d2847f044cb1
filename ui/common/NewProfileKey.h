// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Profile.h"

#include <QString>

#include <memory>

class QWidget;

namespace tsunagu::ui {

// Makes the profile in `directory` sealed under `passphrase`: a new one from its first row, a plain one in place.
// Deriving the wrapping key (Argon2id, about half a second) and writing run on a worker thread behind a moving bar
// (runBusy), so the window keeps painting. The profile is closed again; the data key is returned for opening it.
StoreResult<std::shared_ptr<const crypto::DataKey>>
sealUnderPassphraseBusy(QWidget* parent, const QString& directory, const QString& passphrase, const QString& text);

} // namespace tsunagu::ui
