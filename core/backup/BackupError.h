// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace tsunagu {

// What can go wrong making or restoring a backup. text/BackupText turns each into plain words.
enum class BackupError
{
    CannotRead,      // the backup file cannot be opened or read
    NotABackup,      // the file is not a Tsunagu backup at all
    NewerFormat,     // made by a newer Tsunagu, in a format this one does not know
    NewerSchema,     // holds a store of a newer Tsunagu than this one
    WrongPassphrase, // the passphrase does not open it
    Truncated,       // the file ends early (an interrupted copy or download)
    Damaged,         // bytes of it were changed after it was written
    CannotWrite,     // the backup or the restored store cannot be written
    DiskFull,        // no space left while writing
    StoreProblem,    // the profile's store could not be copied (or the restored copy opened)
    ProfileExists,   // restoring over a profile that has data, without --replace
    ProfileLocked,   // Tsunagu is open on the profile
    NoSodium,        // libsodium could not start
};

template <typename T>
using BackupResult = Result<T, BackupError>;
using BackupFailure = Error<BackupError>;

} // namespace tsunagu
