// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QString>

#include <vector>

namespace tsunagu {

// Which server positions of one mailbox Tsunagu already keeps: read into messages, or downloaded and waiting to be
// read (fetched_mail). A sync asks for the UIDs above its saved high-water mark, so mail kept by a run that was cut
// or killed before its state caught up is not downloaded a second time.
class KeptPositions
{
public:
    explicit KeptPositions(Database& database)
        : m_database(database)
    {}

    // Ascending, without repeats. Both lookups use the (account, mailbox, uidvalidity, uid) unique indexes.
    StoreResult<std::vector<quint32>> uidsAbove(qint64 accountId, const QString& mailbox, quint32 uidValidity,
                                                quint32 above) const;

private:
    Database& m_database;
};

} // namespace tsunagu
