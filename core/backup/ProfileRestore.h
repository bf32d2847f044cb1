// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tsunagu {

struct RestoreRequest
{
    QString backupPath;
    QString profileDirectory;
    QByteArray passphrase;
    // Restore over a profile that holds data: its store is moved aside first and deleted only after the restored
    // one has opened; without it such a profile is refused (ProfileExists).
    bool replace = false;
    QDateTime now;
};

struct RestoreOutcome
{
    QByteArray keyBlob;    // what the backup's writer handed in (the wrapped data key)
    int schemaVersion = 0; // of the restored store, after any upgrade on opening
    QDateTime created;     // when the backup was made
};

// Restores a backup into a profile folder. Everything is decrypted and checked (every record's tag, then SQLite's
// integrity_check and the schema version) in a private folder beside the profile before anything there is touched;
// then the store is moved in with a rename, opened as Tsunagu opens it (an older schema is upgraded), and only
// then is the replaced store deleted. Any failure leaves the profile as it was.
class ProfileRestore
{
public:
    static BackupResult<RestoreOutcome> restore(const RestoreRequest& request);
    // For a profile this process has open (the window): the same checks in a private folder beside the store, the
    // copy upgraded to this program's schema, then the open store's whole contents replaced in one transaction
    // (SQLite's backup API), so a failure at any point leaves it as it was. Runs on any thread.
    static BackupResult<RestoreOutcome> restoreOpen(const QString& backupPath, const QByteArray& passphrase,
                                                    const QString& databasePath);
};

} // namespace tsunagu
