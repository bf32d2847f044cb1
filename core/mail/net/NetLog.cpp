// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/NetLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcNet, "tsunagu.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTrace, "tsunagu.trace", QtWarningMsg)

} // namespace tsunagu
