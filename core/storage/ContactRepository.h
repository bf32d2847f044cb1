// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

// Referral partners, the rooms each relates to, and the posters delivered to them.
class ContactRepository
{
public:
    explicit ContactRepository(Database& database)
        : m_database(database)
    {}

    // Insert and update store the contact with its rooms in one transaction.
    StoreResult<qint64> insert(const Contact& contact);
    // Every contact or none (an import): the ids in the same order.
    StoreResult<QVector<qint64>> insertAll(const QVector<Contact>& contacts);
    StoreResult<Done> update(const Contact& contact);
    // The contact's history goes with it; applicants it referred keep their 紹介元 text and lose the link.
    StoreResult<Done> remove(qint64 contactId);
    StoreResult<Contact> find(qint64 contactId) const;
    // Every contact with its counts, by region and organisation.
    StoreResult<QVector<ContactRow>> all() const;
    StoreResult<int> count() const;

    // A delivery also counts as a contact made: the contact's last contact date moves up to it.
    StoreResult<qint64> addPosterDelivery(const PosterDelivery& delivery);
    StoreResult<Done> removePosterDelivery(qint64 deliveryId);
    // Newest first: every delivery, or one contact's.
    StoreResult<QVector<PosterDeliveryRow>> posterDeliveries() const;
    StoreResult<QVector<PosterDelivery>> posterDeliveriesOf(qint64 contactId) const;

private:
    StoreResult<Done> writeRooms(qint64 contactId, const QVector<qint64>& roomIds);

    Database& m_database;
};

} // namespace tsunagu
