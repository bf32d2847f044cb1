// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Profile.h"

#include <QString>

#include <functional>

namespace tsunagu::ui {

// The open profile's data key as 設定 › プライバシー shows and changes it: kept in the keychain, wrapped under a
// passphrase, or none (a plain profile). The same calls as `tsunagu passphrase set|change|remove`. The keychain
// is reached through the functions the composition root gives (the OS keychain in the window).
class ProfileKeys
{
public:
    enum class State
    {
        Keychain,   // sealed, the key in this computer's keychain
        Passphrase, // sealed, the key wrapped under the passphrase
        Plain,      // not sealed: no keychain worked and no passphrase was set
        MemoryOnly, // the throw-away demo profile
    };

    struct Keychain
    {
        // Stores the key under the entry; false with `problem` set when no keychain takes it.
        std::function<bool(const QString& entry, const crypto::DataKey& key, QString& problem)> write;
        // Removes the entry (one that is not there counts as removed).
        std::function<bool(const QString& entry, QString& problem)> remove;
    };

    ProfileKeys(Profile& profile, Keychain keychain, QString uiStatePath);

    State state() const;
    // True when `passphrase` is the current one (Argon2id: call it on a worker thread).
    bool checkPassphrase(const QString& passphrase) const;
    // Wraps the sealed profile's key under `passphrase` (Argon2id: call it on a worker thread; the database is not
    // touched). Afterwards, on the GUI thread, dropKeychainCopy.
    StoreResult<Done> wrapUnderPassphrase(const QString& passphrase);
    // The keychain entry the key was kept in before the passphrase: removed, so only the passphrase opens the
    // data. `entry` is what keychainEntry() said before wrapUnderPassphrase; empty does nothing.
    bool dropKeychainCopy(const QString& entry, QString& problem);
    QString keychainEntry() const { return m_profile.keychainEntry(); }
    // The passphrase goes: the key is stored in the keychain first, then the passphrase wrapper is dropped.
    bool removePassphrase(QString& problem);
    // A plain profile is sealed only while it is closed: the window asks for a passphrase at its next start.
    void sealAtNextStart();
    bool sealAtNextStartWanted() const { return sealAtStartWanted(m_uiStatePath); }
    static bool sealAtStartWanted(const QString& uiStatePath);
    static void clearSealAtStart(const QString& uiStatePath);

    // Called after the key's state changed, so the window's lock follows (set by the composition root).
    std::function<void()> changed;

private:
    Profile& m_profile;
    Keychain m_keychain;
    QString m_uiStatePath;
};

} // namespace tsunagu::ui
