// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/smtp/SmtpLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcSmtp, "tsunagu.smtp", QtWarningMsg)

} // namespace tsunagu
