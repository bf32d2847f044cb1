// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReferralLinkRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

namespace tsunagu {

StoreResult<QVector<ReferralLinkRepository::Source>> ReferralLinkRepository::unlinked() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q, QStringLiteral("SELECT id, referral_source FROM applicants WHERE referral_contact_id IS NULL "
                                     "AND referral_link <> 'rejected' AND trim(referral_source) <> '' ORDER BY id")))
        return sql::failure(q);
    QVector<Source> sources;
    while (q.next())
        sources.append({q.value(0).toLongLong(), q.value(1).toString()});
    return sources;
}

StoreResult<int> ReferralLinkRepository::suggest(const QVector<QPair<qint64, qint64>>& applicantToContact)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QSqlQuery q(db);
    int stored = 0;
    for (const auto& [applicantId, contactId] : applicantToContact) {
        // Never over a link the host made or a suggestion they turned down.
        if (!sql::exec(q,
                       QStringLiteral("UPDATE applicants SET referral_contact_id = ?, referral_link = 'suggested' "
                                      "WHERE id = ? AND referral_contact_id IS NULL AND referral_link <> 'rejected'"),
                       {contactId, applicantId}))
            return sql::failure(q);
        stored += q.numRowsAffected();
    }
    if (!transaction.commit())
        return transaction.failure();
    return stored;
}

StoreResult<Done> ReferralLinkRepository::setLink(qint64 applicantId, const QVariant& contactId, const QString& state)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE applicants SET referral_contact_id = ?, referral_link = ? WHERE id = ?"),
                   {contactId, state, applicantId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("applicant %1").arg(applicantId)};
    return Done{};
}

StoreResult<Done> ReferralLinkRepository::confirm(qint64 applicantId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE applicants SET referral_link = 'confirmed' "
                                  "WHERE id = ? AND referral_contact_id IS NOT NULL"),
                   {applicantId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("linked applicant %1").arg(applicantId)};
    return Done{};
}

StoreResult<Done> ReferralLinkRepository::reject(qint64 applicantId)
{
    return setLink(applicantId, sql::id(0), QStringLiteral("rejected"));
}

StoreResult<Done> ReferralLinkRepository::link(qint64 applicantId, qint64 contactId)
{
    return setLink(applicantId, contactId, QStringLiteral("confirmed"));
}

StoreResult<QVector<ReferredApplicant>> ReferralLinkRepository::referredBy(qint64 contactId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q,
            QStringLiteral("SELECT a.id, a.anonymous_name, IFNULL(r.code, ''), a.referral_source, a.received_at, "
                           "a.referral_link FROM applicants a LEFT JOIN rooms r ON r.id = a.room_id "
                           "WHERE a.referral_contact_id = ? ORDER BY a.received_at DESC, a.id DESC"),
            {contactId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<ReferredApplicant> list;
    while (q.next()) {
        ReferredApplicant a;
        a.applicantId = q.value(0).toLongLong();
        a.anonymousName = sealing.openText(q.value(1), "applicants.anonymous_name");
        a.roomCode = q.value(2).toString();
        a.referralSource = q.value(3).toString();
        a.receivedAt = sql::toInstant(q.value(4));
        a.confirmed = q.value(5).toString() != QLatin1String("suggested");
        list.append(a);
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("an applicant"));
    return list;
}

} // namespace tsunagu
