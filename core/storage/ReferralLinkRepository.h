// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

// Which contact an applicant's 紹介元 (referral source) names: suggested by Tsunagu, confirmed or rejected by the
// host. Only the link is written here; the applicant's own words stay as they were.
class ReferralLinkRepository
{
public:
    struct Source
    {
        qint64 applicantId = 0;
        QString referralSource;
    };

    explicit ReferralLinkRepository(Database& database)
        : m_database(database)
    {}

    // Applicants who named a referral source that is linked to no contact and that the host has not rejected.
    StoreResult<QVector<Source>> unlinked() const;
    // Links suggested by Tsunagu, all in one transaction. Returns how many were stored.
    StoreResult<int> suggest(const QVector<QPair<qint64, qint64>>& applicantToContact);
    StoreResult<Done> confirm(qint64 applicantId);
    // The host says the 紹介元 is not that contact: the link goes and is never suggested again.
    StoreResult<Done> reject(qint64 applicantId);
    // The host links by hand (confirmed).
    StoreResult<Done> link(qint64 applicantId, qint64 contactId);
    // Newest application first.
    StoreResult<QVector<ReferredApplicant>> referredBy(qint64 contactId) const;

private:
    StoreResult<Done> setLink(qint64 applicantId, const QVariant& contactId, const QString& state);

    Database& m_database;
};

} // namespace tsunagu
