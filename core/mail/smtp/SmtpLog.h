// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.smtp: the SMTP session: connecting, AUTH, each step of a delivery, reply codes; never addresses or mail text.
// Silent below warnings unless QT_LOGGING_RULES asks, e.g. "tsunagu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)

} // namespace tsunagu
