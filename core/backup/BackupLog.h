// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.backup: backups made and restored: sizes, versions and outcomes; never a passphrase, a key or a path
// inside the user's files beyond what they typed. Silent below warnings unless QT_LOGGING_RULES asks.
Q_DECLARE_LOGGING_CATEGORY(lcBackup)

} // namespace tsunagu
