// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.net: connections (host, port, TLS), never what is said on them. Silent below warnings unless
// QT_LOGGING_RULES asks, e.g. "tsunagu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)
// tsunagu.trace: the redacted protocol trace (TracingMailSocket). Switched on by TraceFile or QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcTrace)

} // namespace tsunagu
