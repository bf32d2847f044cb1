// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlTransaction.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu {
namespace {
QAtomicInteger<quint64> s_savepointCounter;
}

SqlTransaction::SqlTransaction(QSqlDatabase& db)
    : m_db(db)
    , m_name(QStringLiteral("tsunagu_%1").arg(s_savepointCounter.fetchAndAddRelaxed(1)))
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active)
        m_error = query.lastError().text();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        query.exec(QStringLiteral("RELEASE ") + m_name);
    }
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("RELEASE ") + m_name)) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace tsunagu
