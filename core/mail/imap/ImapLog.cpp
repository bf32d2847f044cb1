// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcImap, "tsunagu.imap", QtWarningMsg)

} // namespace tsunagu
