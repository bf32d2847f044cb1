// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.send: answering: each step of sending a reply and its outcome code. Silent below warnings unless
// QT_LOGGING_RULES asks, e.g. "tsunagu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSend)

} // namespace tsunagu
