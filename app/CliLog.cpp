// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliLog.h"

namespace tsunagu::app {

Q_LOGGING_CATEGORY(lcCli, "tsunagu.cli", QtWarningMsg)

} // namespace tsunagu::app
