// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupError.h"
#include "backup/BackupFormat.h"

#include <QByteArray>
#include <QString>

namespace tsunagu {

// Reads a backup file written by BackupWriter.
class BackupReader
{
public:
    // The header, read without a passphrase: NotABackup, NewerFormat, NewerSchema (a store newer than this
    // program's), Truncated or Damaged when the file cannot be restored whatever the passphrase.
    static BackupResult<BackupHeader> readHeader(const QString& path);
    // Decrypts the store into `target` (a new file), checking every record's tag on the way: WrongPassphrase,
    // Truncated or Damaged stop it, and `target` is removed again. Returns the key blob.
    static BackupResult<QByteArray> decrypt(const QString& path, const QByteArray& passphrase, const QString& target);
};

} // namespace tsunagu
