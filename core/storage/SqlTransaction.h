// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace tsunagu {

// RAII transaction on a SAVEPOINT, so transactions nest (seeding the demo profile wraps many repository calls
// that each keep their own writes atomic, and a sync stores every mail of a batch in its own savepoint inside the
// batch's transaction). Rolled back unless commit() succeeded. One writer per profile is guaranteed by the profile
// lock, so the deferred lock of an outermost SAVEPOINT cannot deadlock.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase& db);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool begun() const { return m_active; }
    bool commit();
    QString error() const { return m_failure.detail; }
    // What failed, with its code (a full disk is DiskFull, not a plain QueryFailed).
    StoreFailure failure() const { return m_failure; }

private:
    bool run(const QString& statement);

    QSqlDatabase& m_db;
    bool m_active = false;
    StoreFailure m_failure{StoreError::QueryFailed, {}};
};

} // namespace tsunagu
