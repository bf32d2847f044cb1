// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

// A room's chat link or a meeting's join details changed: the applicants who hold the old ones (AuditReader::
// secretHolders) are told. Each gets a draft of their own through the usual reply path, never sent without the
// host: the room's invitation rendered with the new details, under a first paragraph saying that the details
// changed and the old ones no longer work. One draft per applicant, because a reply belongs to one applicant and
// a shared BCC mail would have no thread, no status and no audit line per person.
class SecretChangeNotice
{
public:
    SecretChangeNotice(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    struct Prepared
    {
        QVector<qint64> replyIds;    // the drafts, in the applicants' order
        QVector<qint64> notPrepared; // applicants without a template or an address to write to
    };

    // Records the change in the audit log ("secret.changed", the room, no values) and prepares the drafts.
    StoreResult<Prepared> prepare(qint64 roomId, const QVector<qint64>& holders, qint64 hostId = 0);
    // Only the audit line, for a change without notices.
    StoreResult<Done> recordChange(qint64 roomId, qint64 hostId = 0);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
