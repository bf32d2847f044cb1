// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/SyncLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcSync, "tsunagu.sync", QtWarningMsg)

} // namespace tsunagu
