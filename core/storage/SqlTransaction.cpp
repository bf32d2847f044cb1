// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlTransaction.h"

#include "storage/NativeStatement.h"

namespace tsunagu {
namespace {

// Every savepoint has the same name. SQLite keeps savepoints on a stack and RELEASE / ROLLBACK TO act on the most
// recent one with the name (https://www.sqlite.org/lang_savepoint.html); an RAII guard always ends the innermost
// one, so one name nests correctly. One name also means three statements, prepared once per connection and kept:
// a unique name per transaction made SQLite prepare them again for every mail a sync stored.
const QString s_begin = QStringLiteral("SAVEPOINT tsunagu");
const QString s_release = QStringLiteral("RELEASE tsunagu");
const QString s_rollback = QStringLiteral("ROLLBACK TO tsunagu");

} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase& db)
    : m_db(db)
{
    m_active = run(s_begin);
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        run(s_rollback);
        run(s_release);
    }
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (!run(s_release))
        return false;
    m_active = false;
    return true;
}

bool SqlTransaction::run(const QString& statement)
{
    StoreFailure failure;
    NativeStatement* q = sql::native(m_db, statement, &failure);
    if (!q) {
        m_failure = failure;
        return false;
    }
    if (!q->run({})) {
        m_failure = q->failure();
        return false;
    }
    return true;
}

} // namespace tsunagu
