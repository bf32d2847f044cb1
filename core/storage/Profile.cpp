// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Profile.h"

#include "storage/LockHolder.h"
#include "storage/PrivateFiles.h"
#include "storage/ProfileKeys.h"
#include "storage/ScratchFolder.h"
#include "storage/SealInPlace.h"
#include "storage/StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tsunagu {

namespace {

StoreFailure keyFailure(const crypto::KeyFailure& failure)
{
    switch (failure.code) {
    case crypto::KeyError::PassphraseNeeded:
        return {StoreError::PassphraseNeeded, failure.detail};
    case crypto::KeyError::WrongPassphrase:
        return {StoreError::WrongPassphrase, QStringLiteral("the passphrase does not open this profile")};
    case crypto::KeyError::WriteFailed:
        return {StoreError::ProfileNotWritable, failure.detail};
    case crypto::KeyError::KeychainKeyMissing:
        return {StoreError::KeychainKeyMissing, failure.detail};
    case crypto::KeyError::NoKey:
    case crypto::KeyError::Unavailable:
    case crypto::KeyError::Damaged:
        break;
    }
    return {StoreError::KeyUnavailable, failure.detail};
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", ".checked"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Profile::Profile(QString directory, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> database, bool isNew)
    : m_directory(std::move(directory))
    , m_lock(std::move(lock))
    , m_database(std::move(database))
    , m_isNew(isNew)
{}

Profile::~Profile()
{
    // Close the database before the lock goes, so the next Tsunagu never sees a half-closed file.
    m_database.reset();
    ProfileKeys::remove(databasePath());
    // Files written while the profile was open by code that does not create them private (the window's settings,
    // the integrity mark, a copy made before an upgrade) become owner-only before the lock goes.
    PrivateFiles::tighten(m_directory);
    LockHolder::removeNote(m_directory);
    m_lock.reset();
}

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::databasePath() const
{
    return QDir(m_directory).filePath(QLatin1String(s_databaseFile));
}

QString Profile::keyFilePath() const
{
    return QDir(m_directory).filePath(QLatin1String(crypto::KeyFile::s_fileName));
}

QString Profile::uiStatePath() const
{
    return QDir(m_directory).filePath(QLatin1String(s_uiStateFile));
}

StoreResult<std::unique_ptr<Profile>> Profile::open(const QString& directory, const ProfileUnlock& unlock)
{
    const QString absolute = QDir(directory).absolutePath();
    const bool existed = QFileInfo::exists(absolute);
    if (!PrivateFiles::makeFolder(absolute))
        return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("cannot create the profile folder")};
    if (!QFileInfo(absolute).isWritable())
        return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("profile folder is read-only")};
    // A profile made by an earlier version (or copied in) may be readable by other accounts on this computer.
    if (existed) {
        const int tightened = PrivateFiles::tighten(absolute);
        if (tightened > 0)
            qCInfo(lcStorage, "profile: %d files and folders were readable by other accounts; made owner-only",
                   tightened);
        else if (tightened < 0)
            qCWarning(lcStorage, "profile: some files could not be made owner-only");
    }

    auto lock = std::make_unique<QLockFile>(QDir(absolute).filePath(QLatin1String(s_lockFile)));
    // A lock left by a crashed Tsunagu is taken over (QLockFile checks that its process is gone).
    if (!lock->tryLock(0)) {
        switch (lock->error()) {
        case QLockFile::LockFailedError: {
            // ErrorText reads the holder again to name it; the detail is for the log.
            const LockHolder holder = LockHolder::of(absolute);
            return StoreFailure{StoreError::ProfileLocked, QStringLiteral("locked by process %1").arg(holder.pid)};
        }
        case QLockFile::PermissionError:
            return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("cannot create the lock file")};
        default:
            return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("cannot lock the profile")};
        }
    }

    // A backup that crashed left its working copy of the store behind.
    ScratchFolder::removeStale(absolute);
    // The note goes with the lock on every way out of this function but success (then ~Profile removes it).
    struct NoteGuard
    {
        QString directory;
        ~NoteGuard()
        {
            if (!directory.isEmpty())
                LockHolder::removeNote(directory);
        }
    } noteGuard;
    if (!unlock.holder.isEmpty()) {
        LockHolder::writeNote(absolute, unlock.holder);
        noteGuard.directory = absolute;
    }

    const QString dbPath = QDir(absolute).filePath(QLatin1String(s_databaseFile));
    const QFileInfo dbInfo(dbPath);
    // A data file of no bytes is not a new profile: it was cut short (a full disk, a crash while copying, a copy
    // that did not finish), and making it into an empty profile would hide that the data is gone. Left as it is.
    if (dbInfo.exists() && dbInfo.isFile() && dbInfo.size() == 0)
        return StoreFailure{StoreError::EmptyDatabase, QStringLiteral("the data file has 0 bytes")};
    const bool wasEmpty = !dbInfo.exists();

    // The data key, before the database opens, so every connection to it seals (ProfileKeys).
    const QString keyPath = QDir(absolute).filePath(QLatin1String(crypto::KeyFile::s_fileName));
    crypto::DataKey key;
    std::unique_ptr<crypto::KeyFile> keyFile;
    bool sealExisting = false;
    auto loaded = crypto::KeyFile::load(keyPath);
    if (loaded) {
        auto unlocked = unlock.key ? loaded->accept(*unlock.key) : loaded->unlock(unlock.passphrase);
        if (!unlocked)
            return keyFailure(unlocked.error());
        key = std::move(unlocked).value();
        keyFile = std::make_unique<crypto::KeyFile>(std::move(loaded).value());
    } else if (loaded.error().code != crypto::KeyError::NoKey) {
        return keyFailure(loaded.error());
    } else if (unlock.seal && (wasEmpty || unlock.sealExisting)) {
        if (unlock.passphrase.isEmpty() && !unlock.keyInMemoryOnly && !unlock.key)
            return StoreFailure{StoreError::PassphraseNeeded, QStringLiteral("sealing a profile needs a passphrase")};
        key = unlock.key ? unlock.key->clone() : crypto::DataKey::generate();
        if (key.isNull())
            return StoreFailure{StoreError::KeyUnavailable, QStringLiteral("libsodium cannot make a key")};
        sealExisting = !wasEmpty;
    }
    std::shared_ptr<const crypto::Sealer> sealer;
    if (!key.isNull()) {
        sealer = std::make_shared<const crypto::Sealer>(key);
        if (!sealer->isValid())
            return StoreFailure{StoreError::KeyUnavailable, QStringLiteral("libsodium cannot seal")};
        // An existing plain profile is sealed below, on this connection alone, before others may find the key.
        if (!sealExisting)
            ProfileKeys::add(dbPath, sealer);
    }

    if (!PrivateFiles::createFile(dbPath)) {
        ProfileKeys::remove(dbPath);
        return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("cannot create the database file")};
    }
    auto database = Database::open(dbPath);
    if (!database) {
        ProfileKeys::remove(dbPath);
        // A new profile that could not be set up (a full disk) leaves nothing behind, so the next try starts it
        // afresh instead of finding an empty data file.
        if (wasEmpty)
            removeDatabaseFiles(dbPath);
        return database.error();
    }
    std::unique_ptr<Profile> profile(new Profile(absolute, std::move(lock), std::move(database).value(), wasEmpty));
    noteGuard.directory.clear(); // the profile removes it now
    if (sealExisting) {
        if (auto sealed = profile->sealWith(std::move(key)); !sealed)
            return sealed.error();
    } else {
        profile->m_key = std::move(key);
        // Columns sealed by a later version than the one that sealed this profile are sealed now, once.
        if (auto caughtUp = sealPending(profile->database()); !caughtUp)
            return caughtUp.error();
    }
    if (!profile->m_key.isNull() && !keyFile && !unlock.keyInMemoryOnly) {
        // A new key: wrapped under the passphrase (or named in the keychain) and written only once the database
        // took it.
        keyFile = std::make_unique<crypto::KeyFile>(crypto::KeyFile::create(keyPath, profile->m_key));
        if (!unlock.passphrase.isEmpty())
            keyFile->setPassphrase(profile->m_key, unlock.passphrase, crypto::KdfCost::measured());
        keyFile->setKeychainName(unlock.keychainEntry);
        if (auto saved = keyFile->save(); !saved)
            return keyFailure(saved.error());
    }
    profile->m_keyFile = std::move(keyFile);
    // The lock file, and a copy the upgrade may just have made, are created by code that follows the umask.
    PrivateFiles::tighten(absolute);
    return profile;
}

StoreResult<Done> Profile::sealWith(crypto::DataKey key)
{
    auto sealer = std::make_shared<const crypto::Sealer>(key);
    m_database->setSealer(sealer);
    auto sealed = sealInPlace(*m_database);
    if (!sealed) {
        m_database->setSealer(nullptr);
        return sealed.error();
    }
    // The copy an upgrade made before this open holds the plain text too.
    if (!m_database->backupPath().isEmpty())
        QFile::remove(m_database->backupPath());
    ProfileKeys::add(databasePath(), sealer);
    m_key = std::move(key);
    return Done{};
}

bool Profile::checkPassphrase(const QString& passphrase) const
{
    return m_keyFile && m_keyFile->checkPassphrase(passphrase, m_key);
}

StoreResult<Done> Profile::setPassphrase(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return StoreFailure{StoreError::PassphraseNeeded, QStringLiteral("an empty passphrase")};
    if (m_key.isNull()) {
        auto key = crypto::DataKey::generate();
        if (key.isNull())
            return StoreFailure{StoreError::KeyUnavailable, QStringLiteral("libsodium cannot make a key")};
        if (auto sealed = sealWith(std::move(key)); !sealed)
            return sealed;
    }
    auto keyFile = m_keyFile ? std::make_unique<crypto::KeyFile>(*m_keyFile)
                             : std::make_unique<crypto::KeyFile>(crypto::KeyFile::create(keyFilePath(), m_key));
    keyFile->setPassphrase(m_key, passphrase, crypto::KdfCost::measured());
    keyFile->setKeychainName({});
    if (auto saved = keyFile->save(); !saved)
        return keyFailure(saved.error());
    m_keyFile = std::move(keyFile);
    return Done{};
}

StoreResult<Done> Profile::useKeychainOnly(const QString& entry)
{
    if (m_key.isNull() || entry.isEmpty())
        return StoreFailure{StoreError::KeyUnavailable, QStringLiteral("no key, or no keychain entry")};
    auto keyFile = m_keyFile ? std::make_unique<crypto::KeyFile>(*m_keyFile)
                             : std::make_unique<crypto::KeyFile>(crypto::KeyFile::create(keyFilePath(), m_key));
    keyFile->setPassphrase(m_key, {}, {});
    keyFile->setKeychainName(entry);
    if (auto saved = keyFile->save(); !saved)
        return keyFailure(saved.error());
    m_keyFile = std::move(keyFile);
    return Done{};
}

} // namespace tsunagu
