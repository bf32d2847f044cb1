// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tsunagu {

// RAII transaction on a SAVEPOINT, so transactions nest (seeding the demo profile wraps many repository calls
// that each keep their own writes atomic). Rolled back unless commit() succeeded. One writer per profile is
// guaranteed by the profile lock, so the deferred lock of an outermost SAVEPOINT cannot deadlock.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase& db);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool begun() const { return m_active; }
    bool commit();
    QString error() const { return m_error; }

private:
    QSqlDatabase& m_db;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

} // namespace tsunagu
