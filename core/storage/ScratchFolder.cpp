// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ScratchFolder.h"

#include "storage/StorageLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tsunagu {

ScratchFolder::ScratchFolder(const QString& directory, const QString& prefix)
    : m_folder(QDir(directory).filePath(prefix + QStringLiteral("-XXXXXX")))
{
    if (!m_folder.isValid()) {
        m_error = m_folder.errorString();
        return;
    }
    QFile::setPermissions(m_folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto lock = std::make_unique<QLockFile>(m_folder.filePath(QLatin1String(s_lockName)));
    // Held for as long as the work lasts, however long: only a process that is gone makes the lock stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        m_error = QStringLiteral("cannot lock the working folder");
        return;
    }
    m_lock = std::move(lock);
}

ScratchFolder::~ScratchFolder() = default;

int ScratchFolder::removeStale(const QString& directory, const QString& prefix)
{
    const QRegularExpression name(QStringLiteral("^%1-[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(prefix)));
    const QDateTime oldEnough = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    int removed = 0;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (entry.isSymLink() || !name.match(entry.fileName()).hasMatch())
            continue;
        const QString lockPath = QDir(entry.filePath()).filePath(QLatin1String(s_lockName));
        bool stale = false;
        if (QFileInfo::exists(lockPath)) {
            QLockFile lock(lockPath);
            lock.setStaleLockTime(0);
            stale = lock.tryLock(0); // taken over only when the process named in it is gone
            if (stale)
                lock.unlock();
        } else {
            stale = entry.lastModified().toUTC() < oldEnough;
        }
        if (stale && QDir(entry.filePath()).removeRecursively())
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcStorage, "working folders left by an ended process removed: %d", removed);
    return removed;
}

} // namespace tsunagu
