// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/SendLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcSend, "tsunagu.send", QtWarningMsg)

} // namespace tsunagu
