// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace tsunagu {

// A statement prepared once on the connection's own sqlite3 handle (QSqlDriver::handle()) and kept, for the few
// statements intake runs for every mail it takes in. Going through QSqlQuery cost more than SQLite's own work
// (binding converts every QString to UTF-16 text and back, and each exec() copies the bound values twice); a
// sync of ten thousand mails spent most of its time there. Same connection, so transactions and savepoints are
// shared with QSqlQuery.
class NativeStatement
{
public:
    NativeStatement(sqlite3* connection, sqlite3_stmt* statement);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    // Binds by position and executes (the first step). A null QVariant, a null QString or a null QByteArray binds
    // NULL, as Qt's driver does; strings are bound as UTF-8 text, byte arrays as blobs, integers and bools as
    // integers.
    bool run(std::initializer_list<QVariant> values);
    bool run(const QVariantList& values);
    // The next result row (the first one after run()); false at the end or on an error.
    bool next();
    qint64 int64(int column) const;
    QString text(int column) const;
    // A copy of the column's bytes (a blob, or text as UTF-8); empty for NULL.
    QByteArray blob(int column) const;
    qint64 lastInsertId() const;
    // Ends a SELECT so the statement holds no read lock; run() does it too.
    void finish();

    StoreFailure failure() const;

private:
    bool run(const QVariant* begin, const QVariant* end);

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
    int m_state = 0; // the result of the last step
    bool m_rowTaken = true;
};

namespace sql {

// The statement kept for this connection (and thread), prepared at the first use. nullptr when it cannot be
// prepared (the driver is not SQLite, or the SQL is wrong): `failure` then says why.
NativeStatement* native(const QSqlDatabase& db, const QString& statement, StoreFailure* failure);
// Finalizes the kept statements of a connection; Database calls it before the connection closes.
void releaseNativeStatements(const QString& connectionName);

} // namespace sql

} // namespace tsunagu
