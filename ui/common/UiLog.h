// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu::ui {

// tsunagu.ui: what the window starts and stops (receiving, the trace). Silent unless QT_LOGGING_RULES asks.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace tsunagu::ui
