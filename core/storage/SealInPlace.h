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
    // Sealed since this schema version (0: since sealing began): a profile sealed before that version holds the
    // column plain until sealPending() runs. Its migration adds the row 'version N' to seal_pending.
    int sinceVersion = 0;
    // The label it is sealed under, when not "table.column" (a waiting mail is sealed as the message it becomes).
    const char* label = nullptr;
};
const QVector<SealedColumn>& sealedColumns();

// Seals every plain value of sealedColumns() in this (newly keyed) database, and replaces each applicant's
// address hash with the keyed one, in one transaction. Before it, a copy made with VACUUM INTO keeps the profile
// as it was in case the work fails (it is removed after success: it holds the plain text); after it the log is
// checkpointed and truncated and the file vacuumed, so no plain value stays in a free page or in the log. The
// database must have its sealer and no other connection open. Returns how many values were sealed.
StoreResult<int> sealInPlace(Database& database);

// For a profile that was sealed before some of its columns were (seal_pending names what is waiting): seals what is
// still plain there and puts keyed hashes in place of the plain values that stood for them, in one transaction, then
// vacuums and checkpoints as sealInPlace() does, and removes the copy an upgrade made before this open (it holds
// those values plain). Does nothing without a sealer or when nothing waits. Call it when the profile opens, before
// any other connection to it. Returns how many values were sealed or hashed.
StoreResult<int> sealPending(Database& database);

} // namespace tsunagu
