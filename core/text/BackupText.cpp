// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/BackupText.h"

#include <QDir>
#include <QLocale>

namespace tsunagu {

QString BackupText::explanation(BackupError error, const QString& file, const QString& profile)
{
    const QString f = QDir::toNativeSeparators(file);
    const QString p = QDir::toNativeSeparators(profile);
    switch (error) {
    case BackupError::CannotRead:
        return tr("The file %1 cannot be read. Check that it exists and that you may open it.").arg(f);
    case BackupError::NotABackup:
        return tr("%1 is not a Tsunagu backup. Choose the file that \"Create backup\" wrote.").arg(f);
    case BackupError::NewerFormat:
    case BackupError::NewerSchema:
        return tr("The backup %1 was made by a newer version of Tsunagu. Update Tsunagu, then restore it; nothing "
                  "was changed.")
            .arg(f);
    case BackupError::WrongPassphrase:
        return tr("The passphrase does not open the backup %1. Check it (upper and lower case count) and try again; "
                  "nothing was changed.")
            .arg(f);
    case BackupError::Truncated:
        return tr("The backup %1 is incomplete: the file ends too early, perhaps because copying it was "
                  "interrupted. Copy it again from where you keep it; nothing was changed.")
            .arg(f);
    case BackupError::Damaged:
        return tr("The backup %1 is damaged: part of it was changed after it was written, so it cannot be "
                  "trusted. Use another copy of it; nothing was changed.")
            .arg(f);
    case BackupError::CannotWrite:
        return tr("%1 cannot be written. Choose a folder you may write to; nothing was changed.").arg(f);
    case BackupError::DiskFull:
        return tr("The disk is full, so %1 could not be written. Free some space or choose another drive; no "
                  "partial file was left.")
            .arg(f);
    case BackupError::StoreProblem:
        return tr("Tsunagu's data in %1 could not be read for the backup (or the restored copy could not be "
                  "opened). Nothing was changed.")
            .arg(p);
    case BackupError::ProfileExists:
        return tr("The profile %1 already holds data. Restore into a new profile (--profile with a new folder), or "
                  "add --replace to replace its data with the backup.")
            .arg(p);
    case BackupError::ProfileLocked:
        return tr("Tsunagu is open on the profile %1. Close it first, then restore.").arg(p);
    case BackupError::NoSodium:
        return tr("The encryption library (libsodium) could not start. Reinstall Tsunagu.");
    }
    return {};
}

QString BackupText::written(const QString& file, qint64 bytes)
{
    return tr("Backup written to %1 (%2), encrypted with your passphrase. Keep the passphrase safe: without it the "
              "backup cannot be opened.")
        .arg(QDir::toNativeSeparators(file), QLocale().formattedDataSize(bytes));
}

QString BackupText::restored(const QString& profile)
{
    return tr("The backup was restored into %1.").arg(QDir::toNativeSeparators(profile));
}

QString BackupText::passphrasesDiffer()
{
    return tr("The two passphrases differ. Nothing was written.");
}

QString BackupText::passphraseEmpty()
{
    return tr("The passphrase is empty. A backup needs a passphrase.");
}

} // namespace tsunagu
