// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StorageLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcStorage, "tsunagu.storage", QtWarningMsg)

} // namespace tsunagu
