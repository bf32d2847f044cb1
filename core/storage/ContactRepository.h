// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

// Referral partners and the posters delivered to them.
class ContactRepository
{
public:
    explicit ContactRepository(Database& database)
        : m_database(database)
    {}

    StoreResult<qint64> insert(const Contact& contact);
    StoreResult<QVector<ContactRow>> all() const;
    StoreResult<qint64> addPosterDelivery(const PosterDelivery& delivery);
    // Newest first.
    StoreResult<QVector<PosterDeliveryRow>> posterDeliveries() const;

private:
    Database& m_database;
};

} // namespace tsunagu
