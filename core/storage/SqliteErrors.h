// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>

class QSqlDriver;

#include <optional>

namespace tsunagu::sql {

// What a failed SQLite call says about the file or the disk under it, when it says something: Corrupt for a
// damaged file or one that is not a database, DiskFull when the disk (or the space this account may use) ran out.
// `code` is SQLite's result code (primary or extended); `systemErrno` is what sqlite3_system_errno() reported right
// after the call. Anything else (a busy file, a wrong statement) gives nothing: the caller keeps its own code.
std::optional<StoreError> fileProblem(int code, int systemErrno);

// The same for a statement run through Qt's driver (the query's driver(), or a connection's).
std::optional<StoreError> fileProblem(const QSqlError& error, const QSqlDriver* driver);
std::optional<StoreError> fileProblem(const QSqlError& error, const QSqlDatabase& db);

} // namespace tsunagu::sql
