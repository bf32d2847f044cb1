// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StoreSnapshot.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace tsunagu {
namespace {

QAtomicInt s_counter;

// One connection for the length of one call, removed again however the call ends.
class OwnConnection
{
public:
    OwnConnection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("tsunagu-snapshot-%1").arg(s_counter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~OwnConnection() { QSqlDatabase::removeDatabase(m_name); }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

StoreResult<Done> StoreSnapshot::replace(const QString& databasePath, const QString& source)
{
    OwnConnection from(source, true);
    OwnConnection to(databasePath, false);
    if (!from.isOpen() || !to.isOpen())
        return StoreFailure{StoreError::QueryFailed, from.isOpen() ? to.error() : from.error()};
    sqlite3* sourceHandle = handleOf(from.db());
    sqlite3* targetHandle = handleOf(to.db());
    if (!sourceHandle || !targetHandle)
        return StoreFailure{StoreError::QueryFailed, QStringLiteral("not an SQLite connection")};
    sqlite3_backup* backup = sqlite3_backup_init(targetHandle, "main", sourceHandle, "main");
    if (!backup)
        return StoreFailure{StoreError::QueryFailed, QString::fromUtf8(sqlite3_errmsg(targetHandle))};
    // All pages in one step, so the copy is one transaction; a reader of the window holding the store busy is
    // waited for a little, as the busy timeout does for statements.
    int state = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        state = sqlite3_backup_step(backup, -1);
        if (state != SQLITE_BUSY && state != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (state != SQLITE_DONE || finished != SQLITE_OK)
        return StoreFailure{StoreError::QueryFailed,
                            QString::fromUtf8(sqlite3_errstr(state != SQLITE_DONE ? state : finished))};
    return Done{};
}

StoreResult<Done> StoreSnapshot::write(const QString& databasePath, const QString& target)
{
    if (QFileInfo::exists(target))
        return StoreFailure{StoreError::QueryFailed, QStringLiteral("the snapshot file exists already")};
    OwnConnection connection(databasePath, true);
    if (!connection.isOpen())
        return StoreFailure{StoreError::QueryFailed, connection.error()};
    {
        QSqlQuery query(connection.db());
        // The target is bound, never pasted into the statement (VACUUM INTO takes any expression).
        if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
            return StoreFailure{StoreError::QueryFailed, query.lastError().text()};
        query.addBindValue(target);
        if (!query.exec())
            return StoreFailure{StoreError::QueryFailed, query.lastError().text()};
    }
    return Done{};
}

StoreResult<int> StoreSnapshot::check(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return StoreFailure{StoreError::NotADatabase, QStringLiteral("no such file")};
    OwnConnection connection(path, true);
    if (!connection.isOpen())
        return StoreFailure{StoreError::NotADatabase, connection.error()};
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return StoreFailure{StoreError::NotADatabase, query.lastError().text()};
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(1)")))
        return StoreFailure{StoreError::Corrupt, query.lastError().text()};
    if (!query.next() || query.value(0).toString() != QLatin1String("ok"))
        return StoreFailure{StoreError::Corrupt, QStringLiteral("integrity_check failed")};
    return version;
}

} // namespace tsunagu
