// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace tsunagu {

// What can go wrong with the profile and its database. ui turns each into plain words with what to do next.
enum class StoreError
{
    ProfileNotWritable, // the profile folder cannot be created or written
    ProfileLocked,      // another Tsunagu has this profile open
    NotADatabase,       // the file is something else than an SQLite database (no SQLite header)
    EmptyDatabase,      // the data file exists but holds no bytes: cut short (a full disk, a copy that did not finish)
    Corrupt,            // an SQLite database that fails its integrity check
    NewerVersion,       // written by a newer Tsunagu; we never downgrade it
    MigrationFailed,    // upgrading the schema failed and was rolled back
    QueryFailed,        // a statement failed (an I/O error, a busy file, …)
    DiskFull,           // the disk holding the profile is full (or the account's quota or file size limit is reached)
    ConstraintViolated, // the data broke a rule of the schema
    NotFound,
    Conflict,      // someone else changed it first (another window, another host): nothing was changed
    ForeignSqlite, // Qt's SQLite driver runs another SQLite library than Tsunagu (a build problem, see SqliteLibrary.h)
    PassphraseNeeded, // the profile is sealed under a passphrase and none was given (or no keychain holds its key)
    WrongPassphrase,  // the passphrase given does not open the profile
    KeyUnavailable,   // the profile's key file is damaged, or sealing cannot start (libsodium)
    SealBroken,       // a sealed value does not open: changed on disk, or copied from another profile
    // No keychain works here and no passphrase was given: a new profile cannot be sealed.
    KeychainUnavailable,
    // The profile's key is kept in the keychain, and this computer's keychain does not have it.
    KeychainKeyMissing,
};

template <typename T>
using StoreResult = Result<T, StoreError>;
using StoreFailure = Error<StoreError>;

// For operations that return nothing on success.
struct Done
{
};

} // namespace tsunagu
