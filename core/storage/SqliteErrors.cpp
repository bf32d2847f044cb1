// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteErrors.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

namespace tsunagu::sql {

std::optional<StoreError> fileProblem(int code, int systemErrno)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError::Corrupt;
    case SQLITE_FULL:
        // SQLite's unix VFS says SQLITE_FULL for ENOSPC and for a short write (https://www.sqlite.org/rescode.html).
        return StoreError::DiskFull;
    case SQLITE_IOERR:
        // Other ways a disk says "no more room" reach SQLite as a plain write error: a quota (EDQUOT), or a file
        // grown to the largest size the file system or the account's limit allows (EFBIG: FAT32 stops at 4 GB).
        if (systemErrno == ENOSPC || systemErrno == EFBIG
#ifdef EDQUOT
            || systemErrno == EDQUOT
#endif
        )
            return StoreError::DiskFull;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

namespace {

// The system error of the connection's last failed call (sqlite3_system_errno), 0 when unknown.
int systemErrno(const QSqlDriver* driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 0;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    return connection ? sqlite3_system_errno(connection) : 0;
}

} // namespace

std::optional<StoreError> fileProblem(const QSqlError& error, const QSqlDriver* driver)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return fileProblem(code, systemErrno(driver));
}

std::optional<StoreError> fileProblem(const QSqlError& error, const QSqlDatabase& db)
{
    return fileProblem(error, db.driver());
}

} // namespace tsunagu::sql
