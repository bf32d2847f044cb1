// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.sync: receiving mail: each sync's counts and outcome, the watcher's state. Silent below warnings unless
// QT_LOGGING_RULES asks, e.g. "tsunagu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace tsunagu
