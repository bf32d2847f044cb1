// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace tsunagu {

// tsunagu.imap: the IMAP session: connecting, login, mailbox opened, counts fetched; never names, addresses or mail
// text. Silent below warnings unless QT_LOGGING_RULES asks, e.g. "tsunagu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcImap)

} // namespace tsunagu
