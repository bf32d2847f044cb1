// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// A profile holds health information about other people (what applicants write to a room), so its folder and every
// file in it are readable by their owner alone, whatever the process umask says: folders 0700, files 0600.
//
// On Windows QFile::setPermissions only sets or clears the read-only attribute (Qt 6.4 has no ACL API, and
// Qt 6.6's QDir::mkdir(path, permissions) is not available on Debian 12); there the profile relies on the user's
// own AppData folder, which Windows already keeps owner-only.
namespace PrivateFiles {

// Creates the folder (and its parents) if needed and makes the folder itself owner-only.
bool makeFolder(const QString& path);
// Creates an empty file, owner-only, if it does not exist yet (SQLite then gives its -wal and -shm files the same
// mode as the database file).
bool createFile(const QString& path);
// Makes the folder owner-only and every file and folder inside it too (recursively). Returns how many entries had
// to be changed, -1 when one could not be changed.
int tighten(const QString& folder);

} // namespace PrivateFiles
} // namespace tsunagu
