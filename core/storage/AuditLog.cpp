// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditLog.h"
#include "storage/NativeStatement.h"

#include "storage/SqlSupport.h"

namespace tsunagu {

StoreResult<qint64> AuditLog::record(const AuditEntry& e)
{
    StoreFailure failure;
    NativeStatement* q =
        sql::native(m_database.connection(),
                    QStringLiteral("INSERT INTO audit_log (at, host_id, action, subject_kind, subject_id, "
                                   "detail) VALUES (?, ?, ?, ?, ?, ?)"),
                    &failure);
    if (!q || !q->run({sql::instant(e.at), sql::id(e.hostId), e.action, sql::text(e.subjectKind), sql::id(e.subjectId),
                       sql::text(e.detail)}))
        return q ? q->failure() : failure;
    return q->lastInsertId();
}

StoreResult<QVector<AuditEntry>> AuditLog::recent(int limit) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, at, host_id, action, subject_kind, subject_id, detail FROM audit_log "
                                  "ORDER BY at DESC, id DESC LIMIT ?"),
                   {limit}))
        return sql::failure(q);
    QVector<AuditEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), sql::toInstant(q.value(1)), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString()});
    }
    return entries;
}

} // namespace tsunagu
