// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/OAuthLog.h"

Q_LOGGING_CATEGORY(lcOAuth, "tsunagu.oauth", QtWarningMsg)
