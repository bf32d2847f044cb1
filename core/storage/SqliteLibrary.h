// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace tsunagu {

// Whether Qt's QSQLITE driver and Tsunagu run the same SQLite library.
//
// Decision: NativeStatement prepares statements through the sqlite3 functions Tsunagu links, on the handle Qt's
// driver opened. That is only safe when both are one library: with two copies (a Qt that bundles its own SQLite,
// as the Qt installers for Windows and macOS do), a handle of one copy driven by the other's functions uses
// global state (mutexes, allocator, VFS) that copy never set up. Debian's Qt uses the system libsqlite3, as do
// MSYS2's, vcpkg's (with the system-sqlite feature) and Homebrew's builds; a build against any other Qt must check
// the same. So at every open the database is refused, with a plain reason, when they differ: never a silent
// misbehaviour. Compared: the version and source id each side reports, and on ELF systems the address of
// sqlite3_libversion as reached from the QSQLITE plugin (the same copy gives the same address).
struct SqliteLibraries
{
    QString linkedVersion; // sqlite3_libversion() of the library Tsunagu links
    QString linkedSourceId;
    QString driverVersion; // SELECT sqlite_version() through Qt's driver
    QString driverSourceId;
    bool sameCopy = true; // false when the driver's library is known to be another copy

    static SqliteLibraries observe(const QSqlDatabase& db);
    // Done when they are one library; else ForeignSqlite with both versions in the detail.
    StoreResult<Done> check() const;
};

} // namespace tsunagu
