// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/ProfileRestore.h"

#include "backup/BackupLog.h"
#include "backup/BackupReader.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "storage/StoreSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

namespace tsunagu {
namespace {

constexpr QFileDevice::Permissions s_privateFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// The store and the files SQLite keeps beside it, moved together.
QStringList storeFiles(const QString& databasePath)
{
    return {databasePath, databasePath + QLatin1String("-wal"), databasePath + QLatin1String("-shm")};
}

bool hasData(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.exists() && info.size() > 0;
}

bool moveStore(const QString& from, const QString& to)
{
    const QStringList sources = storeFiles(from);
    const QStringList targets = storeFiles(to);
    for (int i = 0; i < sources.size(); ++i) {
        if (QFileInfo::exists(sources[i]) && !QFile::rename(sources[i], targets[i]))
            return false;
    }
    return true;
}

void removeStore(const QString& databasePath)
{
    for (const QString& file : storeFiles(databasePath))
        QFile::remove(file);
}

// A profile folder this restore created is removed again when the restore fails (rmdir: only when empty).
class CreatedFolder
{
public:
    explicit CreatedFolder(QString path)
        : m_path(std::move(path))
        , m_created(!QFileInfo::exists(m_path))
    {}
    ~CreatedFolder()
    {
        if (m_created && !m_kept)
            QDir().rmdir(m_path);
    }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_created;
    bool m_kept = false;
};

} // namespace

BackupResult<RestoreOutcome> ProfileRestore::restore(const RestoreRequest& request)
{
    auto header = BackupReader::readHeader(request.backupPath);
    if (!header)
        return header.error();

    const QString directory = QDir(request.profileDirectory).absolutePath();
    const QString databasePath = QDir(directory).filePath(QLatin1String(Profile::s_databaseFile));
    const bool existing = hasData(databasePath);
    if (existing && !request.replace)
        return BackupFailure{BackupError::ProfileExists, directory};
    CreatedFolder folder(directory); // declared before the lock: removed after the lock is released
    if (!QDir().mkpath(directory))
        return BackupFailure{BackupError::CannotWrite, QStringLiteral("cannot create the profile folder")};
    if (!existing)
        QFile::setPermissions(directory, s_privateFolder);

    // The same lock Tsunagu takes: no window or command may have the profile open while its store is replaced.
    QLockFile lock(QDir(directory).filePath(QLatin1String(Profile::s_lockFile)));
    if (!lock.tryLock(0)) {
        return BackupFailure{lock.error() == QLockFile::LockFailedError ? BackupError::ProfileLocked
                                                                        : BackupError::CannotWrite,
                             directory};
    }

    // Decrypted and checked in a private folder inside the profile's, so that moving it in is a rename.
    QTemporaryDir staging(QDir(directory).filePath(QStringLiteral("restore-XXXXXX")));
    if (!staging.isValid())
        return BackupFailure{BackupError::CannotWrite, staging.errorString()};
    QFile::setPermissions(staging.path(), s_privateFolder);
    const QString stagedPath = staging.filePath(QLatin1String(Profile::s_databaseFile));
    auto keyBlob = BackupReader::decrypt(request.backupPath, request.passphrase, stagedPath);
    if (!keyBlob)
        return keyBlob.error();
    auto checked = StoreSnapshot::check(stagedPath);
    if (!checked)
        return BackupFailure{BackupError::Damaged, checked.error().detail};
    if (checked.value() != int(header->schemaVersion))
        return BackupFailure{BackupError::Damaged, QStringLiteral("schema version differs from the header")};

    const QString asidePath = staging.filePath(QStringLiteral("replaced.sqlite"));
    if (existing && !moveStore(databasePath, asidePath))
        return BackupFailure{BackupError::CannotWrite, QStringLiteral("cannot move the present store aside")};
    auto putBack = [&] {
        removeStore(databasePath);
        if (existing && !moveStore(asidePath, databasePath))
            qCWarning(lcBackup) << "the replaced store could not be put back; it stays in" << staging.path();
        if (existing)
            staging.setAutoRemove(!QFileInfo::exists(asidePath));
    };
    removeStore(databasePath); // an empty store file of a profile that never held data
    if (!QFile::rename(stagedPath, databasePath)) {
        putBack();
        return BackupFailure{BackupError::CannotWrite, QStringLiteral("cannot move the restored store in")};
    }
    int version = 0;
    {
        auto opened = Database::open(databasePath);
        if (!opened) {
            putBack();
            return BackupFailure{BackupError::StoreProblem, opened.error().detail};
        }
        version = opened.value()->schemaVersion();
    }
    removeStore(asidePath);
    folder.keep();
    qCInfo(lcBackup) << "restored a backup of schema version" << header->schemaVersion << "now at" << version;
    return RestoreOutcome{keyBlob.value(), version, header->created};
}

BackupResult<RestoreOutcome> ProfileRestore::restoreOpen(const QString& backupPath, const QByteArray& passphrase,
                                                         const QString& databasePath)
{
    auto header = BackupReader::readHeader(backupPath);
    if (!header)
        return header.error();
    QTemporaryDir staging(QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("restore-XXXXXX")));
    if (!staging.isValid())
        return BackupFailure{BackupError::CannotWrite, staging.errorString()};
    QFile::setPermissions(staging.path(), s_privateFolder);
    const QString stagedPath = staging.filePath(QLatin1String(Profile::s_databaseFile));
    auto keyBlob = BackupReader::decrypt(backupPath, passphrase, stagedPath);
    if (!keyBlob)
        return keyBlob.error();
    auto checked = StoreSnapshot::check(stagedPath);
    if (!checked || checked.value() != int(header->schemaVersion))
        return BackupFailure{BackupError::Damaged, checked ? QStringLiteral("schema version") : checked.error().detail};
    int version = 0;
    {
        // Opened as Tsunagu opens a store: an older schema is upgraded here, before it replaces the open one.
        auto opened = Database::open(stagedPath);
        if (!opened)
            return BackupFailure{BackupError::StoreProblem, opened.error().detail};
        version = opened.value()->schemaVersion();
    }
    if (auto replaced = StoreSnapshot::replace(databasePath, stagedPath); !replaced)
        return BackupFailure{BackupError::StoreProblem, replaced.error().detail};
    qCInfo(lcBackup) << "restored a backup into the open profile, schema version" << version;
    return RestoreOutcome{keyBlob.value(), version, header->created};
}

} // namespace tsunagu
