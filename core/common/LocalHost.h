// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// The one rule for "a server on this computer", where a connection without encryption is allowed: 127.0.0.1, ::1
// and localhost (any case, surrounding spaces and [brackets] ignored). Nothing else of 127.0.0.0/8: the account
// form, the sessions and the database's own check (migration 0003) all accept exactly these three.
bool isLocalHost(const QString& host);

} // namespace tsunagu
