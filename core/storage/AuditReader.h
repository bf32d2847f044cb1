// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QVector>

#include <functional>

namespace tsunagu {

// One line of the audit log as it is read back: the entry and the name of the host who did it (empty for
// Tsunagu itself or a host removed since).
struct AuditLine
{
    AuditEntry entry;
    QString hostName;
};

// Reading the audit log (AuditLog writes it), and what it knows about who was given a room's meeting secrets.
class AuditReader
{
public:
    explicit AuditReader(Database& database)
        : m_database(database)
    {}

    // Entries at or after `since` (invalid: all), oldest first, one at a time: `sink` returns false to stop.
    StoreResult<Done> each(const QDateTime& since, const std::function<bool(const AuditLine&)>& sink) const;
    // Applicants of the room who were sent its chat link or a meeting's join details (a reply with secrets, sent
    // or saved as a draft on the server) since the room's secrets last changed, and not deleted since: who holds
    // the current ones. Ascending ids.
    StoreResult<QVector<qint64>> secretHolders(qint64 roomId) const;
    // Whether the applicant was ever sent the room's secrets (a reply with them, sent or saved on the server, or a
    // BCC notice): such an applicant may be sent them again, in a reminder or the notice that they changed.
    StoreResult<bool> wasSentSecrets(qint64 applicantId) const;

private:
    Database& m_database;
};

} // namespace tsunagu
