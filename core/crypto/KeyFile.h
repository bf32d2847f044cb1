// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "crypto/DataKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tsunagu::crypto {

enum class KeyError
{
    Unavailable,       // libsodium could not start (no randomness source)
    NoKey,             // the profile has no key file: it is not sealed
    PassphraseNeeded,  // the key is wrapped by a passphrase and none was given
    WrongPassphrase,   // the passphrase does not unwrap the key
    Damaged,           // the key file (or an exported key) cannot be read
    WriteFailed,       // the key file could not be written
    KeychainKeyMissing // the key is kept in the OS keychain, and none (or not this profile's) was given
};

template <typename T>
using KeyResult = Result<T, KeyError>;
using KeyFailure = Error<KeyError>;

// The cost of Argon2id (crypto_pwhash) for one passphrase: stored with the wrapped key, so it can change later
// without breaking keys wrapped before.
struct KdfCost
{
    unsigned long long opslimit = 0;
    std::size_t memlimit = 0;

    // Measured once per process on this computer so that one derivation takes about half a second (64 MiB of
    // memory, as many passes as fit). The test suite may set TSUNAGU_TEST_WEAK_KDF=1 to get libsodium's minimum
    // cost instead (hundreds of test commands each unwrap a key); the product itself never lowers the cost.
    static KdfCost measured();
    static constexpr const char* s_testWeakKdfVariable = "TSUNAGU_TEST_WEAK_KDF";
};

// A data key wrapped under a passphrase: Argon2id derives a key-encryption key from the passphrase and a random
// salt; XChaCha20-Poly1305 seals the data key under it. As JSON, everything needed to unwrap it again except the
// passphrase.
QJsonObject wrapKey(const DataKey& key, const QString& passphrase, const KdfCost& cost);
KeyResult<DataKey> unwrapKey(const QJsonObject& wrapped, const QString& passphrase);

// The data key for an encrypted backup: wrapped under a passphrase of its own (not the profile's), as bytes to
// store in the backup file. importKey() gives it back, or WrongPassphrase / Damaged.
QByteArray exportKey(const DataKey& key, const QString& passphrase);
KeyResult<DataKey> importKey(const QByteArray& exported, const QString& passphrase);

// A profile's key file (tsunagu.key beside the database): the data key wrapped by a passphrase, and/or the name
// of the keychain entry that holds it, and a check value that tells whether a key is this profile's key. The
// key itself is never in the file in the clear. Changing the passphrase rewraps only the key.
class KeyFile
{
public:
    static constexpr const char* s_fileName = "tsunagu.key";

    // NoKey when the file does not exist, Damaged when it cannot be read.
    static KeyResult<KeyFile> load(const QString& path);
    // A new key file for this key (nothing wrapped yet).
    static KeyFile create(const QString& path, const DataKey& key);

    bool hasPassphrase() const { return !m_passphrase.isEmpty(); }
    // The keychain entry that holds the key (empty: no keychain).
    QString keychainName() const { return m_keychainName; }
    // The keychain alone opens the profile: an entry is named and no passphrase is set. With a passphrase the
    // passphrase is required, whatever a keychain may still hold.
    bool opensWithKeychain() const { return !hasPassphrase() && !m_keychainName.isEmpty(); }

    // The key, unwrapped with the passphrase; PassphraseNeeded for an empty passphrase, KeychainKeyMissing when
    // the keychain alone holds it.
    KeyResult<DataKey> unlock(const QString& passphrase) const;
    // A copy of `key` when it is this profile's key (read from the keychain, or unwrapped earlier on a worker
    // thread), else KeychainKeyMissing.
    KeyResult<DataKey> accept(const DataKey& key) const;
    // True when `key` is this profile's key (a key from the keychain, say).
    bool belongsTo(const DataKey& key) const;
    // True when the passphrase unwraps this profile's key and it is `openKey` (the lock screen asks this).
    bool checkPassphrase(const QString& passphrase, const DataKey& openKey) const;

    // Wraps the key under a new passphrase (replacing any earlier one); empty removes the passphrase.
    void setPassphrase(const DataKey& key, const QString& passphrase, const KdfCost& cost);
    void setKeychainName(const QString& name) { m_keychainName = name; }
    // Writes the file atomically, owner-only.
    KeyResult<bool> save() const;

private:
    QString m_path;
    QByteArray m_check;
    QJsonObject m_passphrase;
    QString m_keychainName;
};

// After a profile's store was restored from an encrypted backup: its key file becomes the backup's data key (from
// the backup's key section, `exported`) wrapped under the passphrase the backup was opened with, so the restored
// sealed values open. An empty `exported` (a backup of a plain profile) removes the key file, since the restored
// store is plain. `profileDirectory` is the profile folder.
KeyResult<bool> installRestoredKey(const QString& profileDirectory, const QByteArray& exported,
                                   const QString& passphrase);

// The name of a new keychain entry for the data key of the profile in `profileDirectory`: "data-key:", a hash of
// the folder's absolute path (so the host can tell entries of different profiles apart) and a random id. The name
// is recorded in the key file and read from there, never derived again: a profile copied elsewhere still names
// its own entry, and a new profile made later in the same folder gets a different one, so no profile silently
// picks up another's key (the check value would refuse it anyway).
QString newKeychainEntry(const QString& profileDirectory);

// The data key as the text a keychain stores (base64), and back; a null key for anything that is not one.
QString keychainSecret(const DataKey& key);
DataKey keyFromKeychainSecret(const QString& secret);

// The check value of a key: a keyed hash of a fixed text, which tells whether a key is the right one without
// telling anything about it.
QByteArray keyCheck(const DataKey& key);

} // namespace tsunagu::crypto
