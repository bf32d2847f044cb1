// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "common/Clock.h"
#include "intake/IntakePipeline.h"
#include "oauth/TokenSecretStore.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/ContactRepository.h"
#include "storage/HostRepository.h"
#include "storage/MailAccountRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Profile.h"
#include "storage/RoomRepository.h"
#include "storage/SyncStateRepository.h"

#include <QTemporaryDir>

#include <memory>

namespace tsunagu::app {

// How the profile's key is had, beyond the options.
struct SessionUnlocking
{
    QString passphrase;                         // typed in the window's prompt
    std::shared_ptr<const crypto::DataKey> key; // unwrapped already (the window does that on a worker)
    // An existing plain profile is sealed with a key in the keychain while it opens. The window says false: it
    // seals it first on a worker thread, with a progress dialog (sealPlainProfile).
    bool sealPlainProfile = true;
};

// The open profile and the core services built on it: the composition root for the window and the commands.
class Session
{
public:
    struct Failure
    {
        StoreFailure error;
        QString location; // the folder the error is about, for the message
    };

    // What the session is for. Receiving (tsunagu sync, often run by a timer) leaves the replies alone: adding the
    // shipped templates and marking a send cut short by a crash wait for the window or tsunagu reply.
    enum class Use
    {
        Everything,
        Receiving
    };

    using Unlocking = SessionUnlocking;

    // What happened to the profile's key as it opened, for a word to the host.
    enum class KeyNote
    {
        None,
        SealedWithKeychain, // a plain profile was sealed just now, its key kept in the keychain
        NoKeychain,         // a plain profile stays plain: no keychain works here and no passphrase is set
    };

    // Opens the profile the options name (a temporary one for a plain --demo) and seeds demo data if asked.
    // The passphrase is the one in `unlocking` when given (the window's prompt), else the first line of the
    // options' passphrase file. A profile whose key is in the keychain (no passphrase set) opens with the key the
    // keychain hands out: KeychainKeyMissing when it has none. A new profile opened with a passphrase is sealed
    // under it, one opened without gets a key kept in the keychain, and where no keychain works it is refused
    // (KeychainUnavailable), unless TSUNAGU_TEST_PLAIN_PROFILES=1 keeps it plain. An existing plain profile is
    // sealed the same way (in place, after a backup copy) when a passphrase is given or a keychain works. A
    // temporary demo profile is sealed with a key kept in memory only.
    static std::unique_ptr<Session> open(const CommandLineOptions& options, const Clock& clock, Failure& failure,
                                         Use use = Use::Everything, const Unlocking& unlocking = {});
    // The folder the options name (empty for a temporary demo profile, which does not exist yet).
    static QString directoryOf(const CommandLineOptions& options);
    // True when the folder holds a database written without a key (an earlier version, or no keychain then).
    static bool isPlainProfile(const QString& directory);
    // Seals the plain profile in `directory` before the window opens it, then closes it again: with the key just
    // stored in the keychain under `entry` (KeychainKey::storeNew), or under `passphrase`. Run on a worker thread
    // (the store is opened there), with nothing else holding the profile. Returns the data key, to open the
    // profile at once without a second key derivation. The keychain entry is removed when sealing fails.
    static StoreResult<std::shared_ptr<const crypto::DataKey>>
    sealPlainProfile(const QString& directory, std::shared_ptr<const crypto::DataKey> key, const QString& entry,
                     const QString& passphrase = {});
    // The test suite's switch: a profile made where no keychain works stays plain instead of being refused, as
    // before keys were kept in the keychain (the suites make hundreds of profiles without one). Only tests set it.
    static constexpr const char* s_testPlainProfilesVariable = "TSUNAGU_TEST_PLAIN_PROFILES";
    // The first line of a passphrase file (its line break removed, nothing else); false with `error` set when the
    // file cannot be read or holds no passphrase.
    static bool readPassphraseFile(const QString& path, QString& passphrase, QString& error);

    Profile& profile() { return *m_profile; }
    KeyNote keyNote() const { return m_keyNote; }
    const Clock& clock() const { return m_clock; }
    RoomRepository& rooms() { return m_rooms; }
    HostRepository& hosts() { return m_hosts; }
    ApplicantRepository& applicants() { return m_applicants; }
    ApplicantList& applicantList() { return m_applicantList; }
    MeetingRepository& meetings() { return m_meetings; }
    MemberRepository& members() { return m_members; }
    ContactRepository& contacts() { return m_contacts; }
    AuditLog& audit() { return m_audit; }
    MessageRepository& messages() { return m_messages; }
    BlockedAddressRepository& blocked() { return m_blocked; }
    IntakePipeline& intake() { return m_intake; }
    MailAccountRepository& mailAccounts() { return m_mailAccounts; }
    SyncStateRepository& syncStates() { return m_syncStates; }
    // The operating system's keychain alone: for commands, whose process ends before a session copy would help.
    // OAuth 2.0 accounts read a renewed access token through it (TokenSecretStore), other accounts their password.
    SecretStore& keychain() { return m_keychainTokens; }
    TokenSecretStore& keychainTokens() { return m_keychainTokens; }
    // The keychain with the in-memory fallback: for the window, which tells the host when it is session only.
    SecretStore& secrets() { return m_secretTokens; }
    TokenSecretStore& secretTokens() { return m_secretTokens; }

private:
    Session(std::unique_ptr<QTemporaryDir> demoDir, std::unique_ptr<Profile> profile, const Clock& clock);

    std::unique_ptr<QTemporaryDir> m_demoDir; // outlives the profile: declared first, destroyed last
    std::unique_ptr<Profile> m_profile;
    const Clock& m_clock;
    KeyNote m_keyNote = KeyNote::None;
    RoomRepository m_rooms;
    HostRepository m_hosts;
    ApplicantRepository m_applicants;
    ApplicantList m_applicantList;
    MeetingRepository m_meetings;
    MemberRepository m_members;
    ContactRepository m_contacts;
    AuditLog m_audit;
    MessageRepository m_messages;
    BlockedAddressRepository m_blocked;
    IntakePipeline m_intake;
    MailAccountRepository m_mailAccounts;
    SyncStateRepository m_syncStates;
    KeychainSecretStore m_keychain;
    FallbackSecretStore m_secrets{m_keychain};
    TokenSecretStore m_keychainTokens{m_keychain, m_clock};
    TokenSecretStore m_secretTokens{m_secrets, m_clock};
};

} // namespace tsunagu::app
