// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditReader.h"

#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace tsunagu {

StoreResult<Done> AuditReader::each(const QDateTime& since, const std::function<bool(const AuditLine&)>& sink) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString statement =
        QStringLiteral("SELECT l.id, l.at, l.host_id, l.action, l.subject_kind, l.subject_id, l.detail, "
                       "IFNULL(h.display_name, '') FROM audit_log l LEFT JOIN hosts h ON h.id = l.host_id ") +
        (since.isValid() ? QStringLiteral("WHERE l.at >= ? ") : QString()) + QStringLiteral("ORDER BY l.at, l.id");
    const bool ran = since.isValid() ? sql::exec(q, statement, {sql::instant(since)}) : sql::exec(q, statement);
    if (!ran)
        return sql::failure(q);
    while (q.next()) {
        AuditLine line;
        line.entry = {q.value(0).toLongLong(), sql::toInstant(q.value(1)), q.value(2).toLongLong(),
                      q.value(3).toString(),   q.value(4).toString(),      q.value(5).toLongLong(),
                      q.value(6).toString()};
        line.hostName = q.value(7).toString();
        if (!sink(line))
            break;
    }
    return Done{};
}

StoreResult<QVector<qint64>> AuditReader::secretHolders(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    // "secret.changed" entries name the room; replies name the applicant and say whether secrets went with them
    // ("secrets=yes", see ReplySender). The applicant's room today is the room whose secrets they were sent.
    if (!sql::exec(
            q,
            QStringLiteral("SELECT DISTINCT l.subject_id FROM audit_log l JOIN applicants a ON a.id = l.subject_id "
                           "WHERE l.subject_kind = 'applicant' AND l.action IN ('reply.sent', "
                           "'reply.draft_saved') AND l.detail LIKE '%secrets=yes%' AND a.room_id = ? "
                           "AND a.erased_at IS NULL AND l.at >= IFNULL((SELECT MAX(c.at) FROM audit_log c "
                           "WHERE c.action = 'secret.changed' AND c.subject_kind = 'room' "
                           "AND c.subject_id = ?), '') ORDER BY l.subject_id"),
            {roomId, roomId}))
        return sql::failure(q);
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

StoreResult<bool> AuditReader::wasSentSecrets(qint64 applicantId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE subject_kind = 'applicant' AND "
                                  "subject_id = ? AND action IN ('reply.sent', 'reply.draft_saved') AND "
                                  "detail LIKE '%secrets=yes%')"),
                   {applicantId}) ||
        !q.next())
        return sql::failure(q);
    return q.value(0).toBool();
}

} // namespace tsunagu
