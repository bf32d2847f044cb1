// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcBackup, "tsunagu.backup", QtWarningMsg)

} // namespace tsunagu
