// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QString>

namespace tsunagu {

// A consistent copy of a store made by SQLite itself (VACUUM INTO), never a copy of the live file, and the checks a
// copy must pass before it may become a profile's store. Each call opens a connection of its own on the calling
// thread and closes it before returning, so it may run on a worker thread while the window holds the profile.
class StoreSnapshot
{
public:
    // Writes the whole store at `databasePath` to `target` (which must not exist yet) in one read transaction:
    // what other connections commit meanwhile is either all in the copy or not at all.
    static StoreResult<Done> write(const QString& databasePath, const QString& target);
    // PRAGMA integrity_check on the store at `path`, read-only; its schema version (PRAGMA user_version) when it
    // passes. NotADatabase for a file SQLite cannot read, Corrupt when the check finds a problem.
    static StoreResult<int> check(const QString& path);
    // Replaces the whole contents of the store at `databasePath` with the store at `source`, in one write
    // transaction through SQLite's online backup API on a connection of its own: other connections of this process
    // (the window's) see either the old store or the new one, never a mix, and nothing of the old one stays.
    static StoreResult<Done> replace(const QString& databasePath, const QString& source);
};

} // namespace tsunagu
