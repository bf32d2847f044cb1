// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/DataKey.h"
#include "secrets/SecretStore.h"

#include <QString>

#include <memory>

namespace tsunagu::app {

// A profile's data key kept in the operating system's keychain (service "Tsunagu", the entry the key file names),
// for opening a profile before anything else runs: each call starts the keychain's job and waits for its answer
// with a local event loop (a keychain may ask the host to unlock it; the wait ends after two minutes).
class KeychainKey
{
public:
    // The key in `entry`; null with `failure` set when the keychain has none or cannot be used.
    static std::shared_ptr<const crypto::DataKey> read(const QString& entry, SecretFailure& failure);
    // A new random key stored under a new entry for the profile in `directory`; null with `failure` set when no
    // keychain takes it.
    struct Stored
    {
        std::shared_ptr<const crypto::DataKey> key;
        QString entry;
    };
    static Stored storeNew(const QString& directory, SecretFailure& failure);
    // Stores `key` under `entry` (replacing what is there).
    static bool write(const QString& entry, const crypto::DataKey& key, SecretFailure& failure);
    // Removing an entry that is not there is a success.
    static bool remove(const QString& entry, SecretFailure& failure);
};

} // namespace tsunagu::app
