// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/DataKey.h"
#include "crypto/KeyFile.h"
#include "crypto/Sealer.h"
#include "storage/Database.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace tsunagu {

// How a profile is unlocked. A profile whose key file (tsunagu.key) wraps its data key under a passphrase opens
// only with that passphrase; a profile without a key file is a plain profile of an earlier version (or one made
// without a passphrase) and opens as it is.
struct ProfileUnlock
{
    // The passphrase given (--passphrase-file, the window's prompt); empty: none.
    QString passphrase;
    // A new profile gets a data key and is sealed from its first row. The key is wrapped under the passphrase
    // (required unless keyInMemoryOnly).
    bool seal = false;
    // With seal: an existing plain profile gets a key too and is sealed in place (after a backup copy).
    bool sealExisting = false;
    // The demo profile: a key kept in memory only (the profile is thrown away when Tsunagu ends).
    bool keyInMemoryOnly = false;
    // A data key the caller already holds: read from the OS keychain, or unwrapped with the passphrase on a worker
    // thread. It opens a sealed profile whose key file it matches; with seal, it is the new profile's key.
    std::shared_ptr<const crypto::DataKey> key;
    // With `key` as a new key: the OS keychain entry the caller stored it in, recorded in the new key file.
    QString keychainEntry;
    // What this process is, noted beside the lock so that another Tsunagu can name it (LockHolder): "window", or
    // the command's name ("sync"). Empty: no note (the lock still tells the window from a command).
    QString holder;
};

// A profile folder: the database, UI state and a lock that keeps a second Tsunagu away from it.
class Profile
{
public:
    static constexpr const char* s_databaseFile = "tsunagu.sqlite";
    static constexpr const char* s_lockFile = "tsunagu.lock";
    static constexpr const char* s_uiStateFile = "ui-state.ini";

    // The default profile folder (AppDataLocation) when the user gave none.
    static QString defaultDirectory();
    static StoreResult<std::unique_ptr<Profile>> open(const QString& directory, const ProfileUnlock& unlock = {});

    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;
    ~Profile();

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString uiStatePath() const;
    Database& database() { return *m_database; }
    // True when the database had no schema before this open (a new profile).
    bool isNew() const { return m_isNew; }

    // True when the profile has a data key: its sensitive columns are sealed.
    bool isSealed() const { return !m_key.isNull(); }
    bool hasPassphrase() const { return m_keyFile && m_keyFile->hasPassphrase(); }
    // The OS keychain entry that holds the key while no passphrase is set (empty: none).
    QString keychainEntry() const { return m_keyFile ? m_keyFile->keychainName() : QString(); }
    QString keyFilePath() const;
    // True when the passphrase is the one that unwraps this open profile's key (the lock screen asks this).
    bool checkPassphrase(const QString& passphrase) const;
    // Sets or changes the passphrase: only the data key is wrapped again, nothing else is rewritten. A plain
    // profile gets a data key first and is sealed in place. An empty passphrase is refused (the key would have
    // no wrapper left). A passphrase replaces the keychain as the key's wrapper: the caller then removes the entry.
    StoreResult<Done> setPassphrase(const QString& passphrase);
    // The key kept in the keychain entry only (the caller stored it there): the passphrase wrapper goes.
    StoreResult<Done> useKeychainOnly(const QString& entry);
    // The data key of the open profile, for the encrypted backup (crypto::exportKey).
    const crypto::DataKey& dataKey() const { return m_key; }

private:
    Profile(QString directory, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> database, bool isNew);
    StoreResult<Done> sealWith(crypto::DataKey key);

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_database;
    bool m_isNew = false;
    crypto::DataKey m_key;
    std::unique_ptr<crypto::KeyFile> m_keyFile; // null: no key file (plain, or a key in memory only)
};

} // namespace tsunagu
