// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/NativeStatement.h"

#include "storage/SqliteErrors.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <map>
#include <memory>

namespace tsunagu {

namespace {

StoreFailure failureFor(sqlite3* connection, int code)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(connection));
    if ((code & 0xff) == SQLITE_CONSTRAINT)
        return {StoreError::ConstraintViolated, text};
    if (const auto problem = sql::fileProblem(code, sqlite3_system_errno(connection)))
        return {*problem, text};
    return {StoreError::QueryFailed, text};
}

bool bindsNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

// `copyBlob` false: the bytes are not copied, so they must stay alive until the statement is reset or rebound.
int bind(sqlite3_stmt* statement, int position, const QVariant& value, bool copyBlob)
{
    if (bindsNull(value))
        return sqlite3_bind_null(statement, position);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        // A view of the bytes the QVariant holds (no detach: the QVariant is const).
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob64(statement, position, bytes->constData(), sqlite3_uint64(bytes->size()),
                                   copyBlob ? SQLITE_TRANSIENT : SQLITE_STATIC);
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, position, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

using Kept = std::map<QString, std::unique_ptr<NativeStatement>>;

std::map<QString, Kept>& keptStatements()
{
    thread_local std::map<QString, Kept> kept;
    return kept;
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

NativeStatement::NativeStatement(sqlite3* connection, sqlite3_stmt* statement)
    : m_connection(connection)
    , m_statement(statement)
{}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

bool NativeStatement::run(std::initializer_list<QVariant> values)
{
    return run(values.begin(), values.end());
}

bool NativeStatement::run(const QVariantList& values)
{
    return run(values.constData(), values.constData() + values.size());
}

bool NativeStatement::run(const QVariant* begin, const QVariant* end)
{
    sqlite3_reset(m_statement);
    // A write (INSERT, UPDATE, DELETE; none of ours has RETURNING) does all its work in the one step below, while
    // `values` still hold their bytes: blobs, the raw mail, are bound without a copy and unbound after the step.
    // A query keeps reading its bound values at every later step, so it gets copies.
    const bool writes = !sqlite3_stmt_readonly(m_statement);
    int position = 1;
    for (const QVariant* value = begin; value != end; ++value) {
        m_state = bind(m_statement, position++, *value, !writes);
        if (m_state != SQLITE_OK) {
            sqlite3_clear_bindings(m_statement);
            return false;
        }
    }
    m_state = sqlite3_step(m_statement);
    m_rowTaken = false;
    if (writes)
        sqlite3_clear_bindings(m_statement);
    return m_state == SQLITE_ROW || m_state == SQLITE_DONE;
}

bool NativeStatement::next()
{
    if (m_state == SQLITE_ROW && !m_rowTaken) {
        m_rowTaken = true;
        return true;
    }
    if (m_state != SQLITE_ROW)
        return false;
    m_state = sqlite3_step(m_statement);
    return m_state == SQLITE_ROW;
}

qint64 NativeStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString NativeStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray NativeStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

qint64 NativeStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}

void NativeStatement::finish()
{
    sqlite3_reset(m_statement);
    m_state = SQLITE_DONE;
}

StoreFailure NativeStatement::failure() const
{
    return failureFor(m_connection, m_state);
}

namespace sql {

NativeStatement* native(const QSqlDatabase& db, const QString& statement, StoreFailure* failure)
{
    std::unique_ptr<NativeStatement>& kept = keptStatements()[db.connectionName()][statement];
    if (kept)
        return kept.get();
    sqlite3* connection = handleOf(db);
    if (!connection) {
        *failure = {StoreError::QueryFailed, QStringLiteral("not an SQLite connection")};
        return nullptr;
    }
    const QByteArray sql = statement.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    const int code =
        sqlite3_prepare_v3(connection, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr);
    if (code != SQLITE_OK) {
        *failure = failureFor(connection, code);
        sqlite3_finalize(prepared);
        return nullptr;
    }
    kept = std::make_unique<NativeStatement>(connection, prepared);
    return kept.get();
}

void releaseNativeStatements(const QString& connectionName)
{
    keptStatements().erase(connectionName);
}

} // namespace sql

} // namespace tsunagu
