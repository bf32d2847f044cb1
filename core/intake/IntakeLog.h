// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.intake: intake: how many mails became applications, replies, spam or were skipped. Silent below warnings
// unless QT_LOGGING_RULES asks, e.g. "tsunagu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcIntake)

} // namespace tsunagu
