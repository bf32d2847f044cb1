// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu::app {

// tsunagu.cli: which command runs and how it ended. Silent unless QT_LOGGING_RULES asks.
Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace tsunagu::app
