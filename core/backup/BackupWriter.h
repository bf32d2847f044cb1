// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupError.h"
#include "backup/BackupFormat.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tsunagu {

struct BackupRequest
{
    QString databasePath; // the profile's store (it may be open elsewhere in this process)
    QString target;       // the backup file to write (replaced atomically when it exists)
    QByteArray passphrase;
    QByteArray keyBlob; // opaque bytes handed back by a restore (the profile's wrapped data key); may be empty
    KdfParameters kdf;
    QDateTime now;
};

struct BackupSummary
{
    qint64 bytes = 0;      // the size of the backup file
    int schemaVersion = 0; // of the store inside
};

// Writes one encrypted backup file of a profile's store: a snapshot made by SQLite (VACUUM INTO) into a private
// temporary folder beside the store, checked, then encrypted record by record (memory bounded at any size) into
// a QSaveFile, so that a failure at any point leaves no half file behind and an existing file at `target` as it was.
class BackupWriter
{
public:
    static BackupResult<BackupSummary> write(const BackupRequest& request);
};

} // namespace tsunagu
