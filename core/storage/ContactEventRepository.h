// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

// The contacts a host made with a referral partner: visits, calls, mails, meetings.
class ContactEventRepository
{
public:
    explicit ContactEventRepository(Database& database)
        : m_database(database)
    {}

    // Also moves the contact's last contact date up to the event's date, in the same transaction.
    StoreResult<qint64> add(const ContactEvent& event);
    StoreResult<Done> remove(qint64 eventId);
    // Newest first.
    StoreResult<QVector<ContactEvent>> of(qint64 contactId) const;

private:
    Database& m_database;
};

} // namespace tsunagu
