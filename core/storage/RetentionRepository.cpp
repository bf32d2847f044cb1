// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RetentionRepository.h"

#include "storage/AuditLog.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"
#include "storage/UpgradeCopies.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace tsunagu {

StoreResult<int> RetentionRepository::retentionDays(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT retention_days FROM rooms WHERE id = ?"), {roomId}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no room %1").arg(roomId)};
    return q.value(0).toInt();
}

StoreResult<Done> RetentionRepository::setRetentionDays(qint64 roomId, int days)
{
    if (days < 0 || days > s_maximumDays)
        return StoreFailure{StoreError::Conflict, QStringLiteral("retention days out of range")};
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE rooms SET retention_days = ? WHERE id = ?"), {days, roomId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no room %1").arg(roomId)};
    return Done{};
}

StoreResult<RetentionSweepResult> RetentionRepository::sweep(const std::atomic_bool* stop)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    const QDateTime now = m_clock.now();
    // The cut-off is computed per room by SQLite from the stored UTC text ("2026-12-01T10:00:00Z"). INDEXED BY: left
    // to itself the planner reads every decided applicant through the status index (1.9 s for 100,000 applicants,
    // at every start and sync); the partial index holds only those whose texts are still kept (0.35 s).
    if (!sql::exec(
            q,
            QStringLiteral("SELECT a.id, a.room_id FROM applicants a INDEXED BY applicants_retention JOIN rooms r "
                           "ON r.id = a.room_id "
                           "WHERE a.texts_removed_at IS NULL AND a.status IN ('attending', 'referred', "
                           "'not_eligible', 'withdrawn') AND r.retention_days > 0 "
                           "AND (SELECT MAX(h.changed_at) FROM applicant_status_history h "
                           "WHERE h.applicant_id = a.id) <= strftime('%Y-%m-%dT%H:%M:%SZ', ?, "
                           "'-' || r.retention_days || ' days') ORDER BY a.id"),
            {sql::instant(now)}))
        return sql::failure(q);
    QVector<QPair<qint64, qint64>> due;
    while (q.next())
        due.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    RetentionSweepResult result;
    if (due.isEmpty())
        return result;

    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    auto restore = qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF")); });
    const QVariant removedAt = sql::instant(now);
    QHash<qint64, qint64> auditLines; // room id -> its audit line of this sweep
    for (qsizetype start = 0; start < due.size(); start += s_batch) {
        if (stop && stop->load())
            break;
        SqlTransaction transaction(db);
        if (!transaction.begun())
            return transaction.failure();
        QHash<qint64, int> perRoom;
        for (qsizetype i = start; i < qMin(due.size(), start + s_batch); ++i) {
            const auto& [applicantId, roomId] = due.at(i);
            if (!sql::exec(q,
                           QStringLiteral("UPDATE applicants SET introduction = '', form_fields = '[]', "
                                          "texts_removed_at = ? WHERE id = ? AND texts_removed_at IS NULL"),
                           {removedAt, applicantId}))
                return sql::failure(q);
            if (q.numRowsAffected() != 1)
                continue; // swept meanwhile by another connection (a sync's)
            if (!sql::exec(q,
                           QStringLiteral("UPDATE messages SET subject = '', body_text = '', raw = NULL, "
                                          "attachments = '[]', decoding_notes = '[]' WHERE applicant_id = ?"),
                           {applicantId}) ||
                !sql::exec(q, QStringLiteral("UPDATE replies SET subject = '', body = '' WHERE applicant_id = ?"),
                           {applicantId}))
                return sql::failure(q);
            ++perRoom[roomId];
        }
        // One audit line per room and sweep, as for a sweep of one transaction: written with the room's first
        // batch and its count brought up to date with each later one, in the same transaction as the texts it counts.
        AuditLog audit(m_database);
        for (auto it = perRoom.cbegin(); it != perRoom.cend(); ++it) {
            const int total = result.perRoom.value(it.key()) + it.value();
            const QString detail = QStringLiteral("applicants=%1").arg(total);
            if (const qint64 line = auditLines.value(it.key()); line != 0) {
                if (!sql::exec(q, QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = ?"), {detail, line}))
                    return sql::failure(q);
                continue;
            }
            AuditEntry entry;
            entry.at = now;
            entry.action = QStringLiteral("retention.texts_removed");
            entry.subjectKind = QStringLiteral("room");
            entry.subjectId = it.key();
            entry.detail = detail;
            auto logged = audit.record(entry);
            if (!logged)
                return logged.error();
            auditLines.insert(it.key(), logged.value());
        }
        if (!transaction.commit())
            return transaction.failure();
        for (auto it = perRoom.cbegin(); it != perRoom.cend(); ++it) {
            result.applicants += it.value();
            result.perRoom[it.key()] += it.value();
        }
    }
    if (result.applicants > 0)
        UpgradeCopies::remove(m_database.path());
    return result;
}

} // namespace tsunagu
