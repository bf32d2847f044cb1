// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "KeychainKey.h"
#include "crypto/KeyFile.h"
#include "demo/DemoSeeder.h"
#include "replies/TemplateRepository.h"
#include "storage/LockHolder.h"
#include "storage/ReplyRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tsunagu::app {
namespace {

QString keyPathIn(const QString& directory)
{
    return QDir(directory).filePath(QLatin1String(crypto::KeyFile::s_fileName));
}

} // namespace

Session::Session(std::unique_ptr<QTemporaryDir> demoDir, std::unique_ptr<Profile> profile, const Clock& clock)
    : m_demoDir(std::move(demoDir))
    , m_profile(std::move(profile))
    , m_clock(clock)
    , m_rooms(m_profile->database())
    , m_hosts(m_profile->database())
    , m_applicants(m_profile->database(), clock)
    , m_applicantList(m_profile->database())
    , m_meetings(m_profile->database())
    , m_members(m_profile->database())
    , m_contacts(m_profile->database())
    , m_audit(m_profile->database())
    , m_messages(m_profile->database())
    , m_blocked(m_profile->database())
    , m_intake(m_profile->database(), clock)
    , m_mailAccounts(m_profile->database(), clock)
    , m_syncStates(m_profile->database())
{}

bool Session::readPassphraseFile(const QString& path, QString& passphrase, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    // A passphrase is short; a large file is not a passphrase file.
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    passphrase = QString::fromUtf8(line);
    if (passphrase.isEmpty()) {
        error = QStringLiteral("the passphrase file is empty");
        return false;
    }
    return true;
}

QString Session::directoryOf(const CommandLineOptions& options)
{
    if (!options.profile.isEmpty())
        return options.profile;
    return options.demo ? QString() : Profile::defaultDirectory();
}

bool Session::isPlainProfile(const QString& directory)
{
    if (directory.isEmpty())
        return false;
    const QFileInfo database(QDir(directory).filePath(QLatin1String(Profile::s_databaseFile)));
    return database.exists() && database.size() > 0 && !QFileInfo::exists(keyPathIn(directory));
}

StoreResult<std::shared_ptr<const crypto::DataKey>>
Session::sealPlainProfile(const QString& directory, std::shared_ptr<const crypto::DataKey> key, const QString& entry,
                          const QString& passphrase)
{
    ProfileUnlock unlock;
    unlock.seal = true;
    unlock.sealExisting = true;
    unlock.passphrase = passphrase;
    unlock.key = std::move(key);
    unlock.keychainEntry = entry;
    auto profile = Profile::open(directory, unlock);
    if (!profile) {
        if (!entry.isEmpty()) {
            SecretFailure ignored;
            (void)KeychainKey::remove(entry, ignored); // the profile stays plain: its key would be a stray
        }
        return profile.error();
    }
    return std::make_shared<const crypto::DataKey>(profile.value()->dataKey().clone());
}

std::unique_ptr<Session> Session::open(const CommandLineOptions& options, const Clock& clock, Failure& failure, Use use,
                                       const Unlocking& unlocking)
{
    std::unique_ptr<QTemporaryDir> demoDir;
    QString directory = directoryOf(options);
    if (directory.isEmpty()) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("tsunagu-demo-XXXXXX")));
        if (!demoDir->isValid()) {
            failure = {{StoreError::ProfileNotWritable, demoDir->errorString()}, QDir::tempPath()};
            return nullptr;
        }
        directory = demoDir->path();
    }

    ProfileUnlock unlock;
    unlock.passphrase = unlocking.passphrase;
    unlock.key = unlocking.key;
    if (unlock.passphrase.isEmpty() && !unlock.key && !options.passphraseFile.isEmpty()) {
        QString error;
        if (!readPassphraseFile(options.passphraseFile, unlock.passphrase, error)) {
            failure = {{StoreError::PassphraseNeeded, error}, options.passphraseFile};
            return nullptr;
        }
    }
    KeyNote note = KeyNote::None;
    QString newEntry; // a keychain entry made for this open, removed again if the profile does not open
    if (demoDir) {
        // The throw-away demo: sealed from its first row with a key that stays in memory.
        unlock.seal = true;
        unlock.keyInMemoryOnly = true;
    } else if (auto keyFile = crypto::KeyFile::load(keyPathIn(directory)); keyFile) {
        // A profile whose key only the keychain holds opens with what the keychain hands out; with a passphrase
        // set, the passphrase is required and the keychain is not asked.
        if (!unlock.key && keyFile->opensWithKeychain()) {
            SecretFailure problem;
            unlock.key = KeychainKey::read(keyFile->keychainName(), problem);
            if (!unlock.key || !keyFile->belongsTo(*unlock.key)) {
                failure = {
                    {StoreError::KeychainKeyMissing, unlock.key ? QStringLiteral("another key") : problem.detail},
                    directory};
                return nullptr;
            }
        }
    } else if (keyFile.error().code == crypto::KeyError::NoKey) {
        // No key yet: a new profile, or a plain one of an earlier version (or made where no keychain worked).
        const bool isNew = !isPlainProfile(directory);
        if (!unlock.passphrase.isEmpty() && !unlock.key) {
            unlock.seal = true;
            unlock.sealExisting = true;
        } else if (!unlock.key && (isNew || unlocking.sealPlainProfile)) {
            SecretFailure problem;
            KeychainKey::Stored stored = KeychainKey::storeNew(directory, problem);
            if (stored.key) {
                unlock.seal = true;
                unlock.sealExisting = true;
                unlock.key = std::move(stored.key);
                unlock.keychainEntry = newEntry = stored.entry;
                note = isNew ? KeyNote::None : KeyNote::SealedWithKeychain;
            } else if (!isNew || qEnvironmentVariableIntValue(s_testPlainProfilesVariable) == 1) {
                note = isNew ? KeyNote::None : KeyNote::NoKeychain;
            } else {
                failure = {{StoreError::KeychainUnavailable, problem.detail}, directory};
                return nullptr;
            }
        } else if (!isNew) {
            note = KeyNote::NoKeychain;
        }
    }
    // A damaged key file is reported by Profile::open.
    // Named beside the lock, so that a second Tsunagu can say what has the profile open.
    unlock.holder = options.command.isEmpty() ? QLatin1String(LockHolder::s_window) : options.command.first();
    auto profile = Profile::open(directory, unlock);
    if (!profile) {
        if (!newEntry.isEmpty()) {
            SecretFailure ignored;
            (void)KeychainKey::remove(newEntry, ignored);
        }
        failure = {profile.error(), directory};
        return nullptr;
    }
    const bool seed = options.demo && profile.value()->isNew();
    std::unique_ptr<Session> session(new Session(std::move(demoDir), std::move(profile).value(), clock));
    session->m_keyNote = note;
    if (seed) {
        auto seeded = DemoSeeder(session->profile().database(), clock).seed();
        if (!seeded) {
            failure = {seeded.error(), directory};
            return nullptr;
        }
    }
    if (use == Use::Receiving)
        return session;
    // The shipped reply templates, wherever a profile has none of its own for an action and language yet (a host's
    // edits are never overwritten).
    if (auto templates = TemplateRepository(session->profile().database(), clock).ensureDefaults(); !templates) {
        failure = {templates.error(), directory};
        return nullptr;
    }
    // A reply that was on its way when Tsunagu stopped is shown as not sent, with a word to check Sent first.
    // Best effort: a reply left "sending" that cannot be marked now is marked at the next start.
    (void)ReplyRepository(session->profile().database(), clock).interruptSending();
    return session;
}

} // namespace tsunagu::app
