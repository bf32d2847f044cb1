// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

namespace tsunagu {

// The columns that hold what a person wrote or who they are, sealed when the profile has a data key: the
// repositories seal and open them, and sealInPlace() seals a profile written before it had a key.
struct SealedColumn
{
    const char* table;
    const char* column;
    bool bytes; // BLOB (raw mail) rather than TEXT
};
const QVector<SealedColumn>& sealedColumns();

// Seals every plain value of sealedColumns() in this (newly keyed) database, and replaces each applicant's
// address hash with the keyed one, in one transaction. Before it, a copy made with VACUUM INTO keeps the profile
// as it was in case the work fails (it is removed after success: it holds the plain text); after it the log is
// checkpointed and truncated and the file vacuumed, so no plain value stays in a free page or in the log. The
// database must have its sealer and no other connection open. Returns how many values were sealed.
StoreResult<int> sealInPlace(Database& database);

} // namespace tsunagu
