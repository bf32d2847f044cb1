// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// tsunagu.oauth: sign-in and token renewal: which step, which provider, HTTP status and error codes; never a code,
// a token, a verifier or an address.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
