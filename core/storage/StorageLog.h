// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.storage: the database: opening, migrations applied; never a row's contents. Silent below warnings unless
// QT_LOGGING_RULES asks, e.g. "tsunagu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace tsunagu
