// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tsunagu {

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

QString Profile::uiStatePath() const
{
    return QDir(m_directory).filePath(QLatin1String(s_uiStateFile));
}

StoreResult<std::unique_ptr<Profile>> Profile::open(const QString& directory)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!QDir().mkpath(absolute))
        return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("cannot create the profile folder")};
    if (!QFileInfo(absolute).isWritable())
        return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("profile folder is read-only")};

    auto lock = std::make_unique<QLockFile>(QDir(absolute).filePath(QLatin1String(s_lockFile)));
    // A lock left by a crashed Tsunagu is taken over (QLockFile checks that its process is gone).
    if (!lock->tryLock(0)) {
        switch (lock->error()) {
        case QLockFile::LockFailedError: {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return StoreFailure{StoreError::ProfileLocked, QStringLiteral("locked by process %1").arg(pid)};
        }
        case QLockFile::PermissionError:
            return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("cannot create the lock file")};
        default:
            return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("cannot lock the profile")};
        }
    }

    const QString dbPath = QDir(absolute).filePath(QLatin1String(s_databaseFile));
    const QFileInfo dbInfo(dbPath);
    const bool wasEmpty = !dbInfo.exists() || dbInfo.size() == 0;
    auto database = Database::open(dbPath);
    if (!database)
        return database.error();
    return std::unique_ptr<Profile>(new Profile(absolute, std::move(lock), std::move(database).value(), wasEmpty));
}

} // namespace tsunagu
