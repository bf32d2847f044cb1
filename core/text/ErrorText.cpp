// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ErrorText.h"

#include "storage/LockHolder.h"

#include <QDir>

namespace tsunagu {

QString ErrorText::title(StoreError error)
{
    switch (error) {
    case StoreError::ProfileNotWritable:
        return tr("Tsunagu cannot save in its folder");
    case StoreError::ProfileLocked:
        return tr("Tsunagu is already open");
    case StoreError::NotADatabase:
        return tr("The data file is not a Tsunagu file");
    case StoreError::EmptyDatabase:
        return tr("The data file is empty");
    case StoreError::DiskFull:
        return tr("The disk is full");
    case StoreError::Corrupt:
        return tr("The data file is damaged");
    case StoreError::NewerVersion:
        return tr("The data was saved by a newer Tsunagu");
    case StoreError::MigrationFailed:
        return tr("Tsunagu could not update its data file");
    case StoreError::QueryFailed:
        return tr("Tsunagu could not read or save data");
    case StoreError::ConstraintViolated:
        return tr("This change does not fit the data already saved");
    case StoreError::NotFound:
        return tr("The item no longer exists");
    case StoreError::Conflict:
        return tr("Someone else changed this first");
    case StoreError::ForeignSqlite:
        return tr("This copy of Tsunagu cannot use its data file safely");
    case StoreError::PassphraseNeeded:
        return tr("This profile needs its passphrase");
    case StoreError::WrongPassphrase:
        return tr("The passphrase is not right");
    case StoreError::KeyUnavailable:
        return tr("Tsunagu cannot unlock this profile");
    case StoreError::SealBroken:
        return tr("Some protected data cannot be read");
    case StoreError::KeychainUnavailable:
        return tr("No keychain on this computer");
    case StoreError::KeychainKeyMissing:
        return tr("The key of this profile is not in the keychain");
    }
    return {};
}

QString ErrorText::lockedExplanation(const QString& directory)
{
    const QString where = QDir::toNativeSeparators(directory);
    const LockHolder holder = LockHolder::of(directory);
    switch (holder.kind) {
    case LockHolder::Kind::Window:
        return tr("Tsunagu's window (process %1) has the data in %2 open. Switch to that window, or close it and "
                  "try again. Nothing was changed.")
            .arg(holder.pid)
            .arg(where);
    case LockHolder::Kind::Command:
        if (!holder.command.isEmpty()) {
            return tr("The command \"tsunagu %1\" (process %2) is using the data in %3. Wait for it to finish, or "
                      "stop it, and try again. Nothing was changed.")
                .arg(holder.command)
                .arg(holder.pid)
                .arg(where);
        }
        return tr("A Tsunagu command (process %1) is using the data in %2. Wait for it to finish, or stop it, and "
                  "try again. Nothing was changed.")
            .arg(holder.pid)
            .arg(where);
    case LockHolder::Kind::Unknown:
        break;
    }
    if (holder.pid > 0) {
        return tr("Another program (process %1) is using the data in %2. Close it and try again. Nothing was "
                  "changed.")
            .arg(holder.pid)
            .arg(where);
    }
    return tr("Another Tsunagu is using the data in %1. Close it and try again. Nothing was changed.").arg(where);
}

QString ErrorText::explanation(StoreError error, const QString& location)
{
    const QString where = QDir::toNativeSeparators(location);
    switch (error) {
    case StoreError::ProfileNotWritable:
        return tr("The folder %1 cannot be created or written to. Check that the disk is connected and not full, "
                  "and that your user account may write there, or start Tsunagu with --profile and another folder.")
            .arg(where);
    case StoreError::ProfileLocked:
        return lockedExplanation(location);
    case StoreError::NotADatabase:
        return tr("The file %1 is not a Tsunagu data file, so Tsunagu did not open or change it. If you copied "
                  "another file there by mistake, move it away and start Tsunagu again.")
            .arg(where);
    case StoreError::EmptyDatabase:
        return tr("The file %1 is empty: it may have been cut short by a full disk or by a copy that did not "
                  "finish. Tsunagu did not change it. Restore the profile from your backup, or move the file away "
                  "to start a new, empty profile.")
            .arg(where);
    case StoreError::DiskFull:
        return tr("The disk that holds %1 is full, so Tsunagu could not save. Nothing was changed. Free some space "
                  "on that disk (empty the trash, remove large files you no longer need) and try again.")
            .arg(where);
    case StoreError::Corrupt:
        return tr("The file %1 is damaged, so Tsunagu did not open or change it. Restore it from your backup, "
                  "or keep it safe and ask for help before deleting it.")
            .arg(where);
    case StoreError::NewerVersion:
        return tr("The data in %1 was saved by a newer version of Tsunagu. Install that version (or newer) to "
                  "open it. This version did not change the file.")
            .arg(where);
    case StoreError::MigrationFailed:
        return tr("Updating the data in %1 to this version failed and was undone; the file is as it was. "
                  "Check that the disk is not full and try again.")
            .arg(where);
    case StoreError::QueryFailed:
        return tr("Reading or saving the data in %1 failed. Check that the disk is connected and not full, "
                  "then try again.")
            .arg(where);
    case StoreError::ConstraintViolated:
        return tr("The change was not saved because it conflicts with data that is already there.");
    case StoreError::NotFound:
        return tr("It may have been removed in the meantime. Reload and try again.");
    case StoreError::Conflict:
        return tr("It was changed in another window or by another host in the meantime, so nothing was changed "
                  "here. Reload to see the current state.");
    case StoreError::ForeignSqlite:
        return tr("This copy of Tsunagu was built with a Qt that uses another SQLite library than Tsunagu itself, "
                  "so it did not open or change %1. Install Tsunagu from a package made for this system.")
            .arg(where);
    case StoreError::PassphraseNeeded:
        return tr("The applicants' data in %1 is protected by a passphrase, and no passphrase was given. "
                  "Give it with --passphrase-file FILE (or TSUNAGU_PASSPHRASE_FILE), or open the profile in the "
                  "window. Nothing was changed.")
            .arg(where);
    case StoreError::WrongPassphrase:
        return tr("The passphrase given does not open the data in %1. Check it (capital letters, spaces at the "
                  "end of the file) and try again. Nothing was changed.")
            .arg(where);
    case StoreError::KeyUnavailable:
        return tr("The key file in %1 that protects the applicants' data cannot be read, or protection cannot "
                  "start on this computer. Nothing was changed. Restore the key file from your backup.")
            .arg(where);
    case StoreError::KeychainUnavailable:
        return tr("The keychain cannot be used on this computer. Give a passphrase with --passphrase-file.");
    case StoreError::KeychainKeyMissing:
        return tr("The key that opens the data in %1 is kept in the keychain, and this computer's keychain does not "
                  "have it. Restore the profile from a backup, or sign in to the account that created it. Nothing "
                  "was changed.")
            .arg(where);
    case StoreError::SealBroken:
        return tr("A protected value in %1 does not open: it was changed outside Tsunagu or copied from another "
                  "profile. The rest of the data is fine. Restore the profile from your backup if this repeats.")
            .arg(where);
    }
    return {};
}

} // namespace tsunagu
