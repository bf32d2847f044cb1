// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace tsunagu::PrivateFiles {

namespace {

constexpr QFileDevice::Permissions s_fileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions s_folderMode = s_fileMode | QFileDevice::ExeOwner;

// The "user" bits mirror the owner bits on Unix and are all Qt reports; only the owner/group/other bits matter.
constexpr QFileDevice::Permissions s_relevant =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
    QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
    QFileDevice::ExeOther;

// 1 when changed, 0 when it was already right, -1 when it could not be changed.
int restrict(const QString& path, QFileDevice::Permissions wanted)
{
    if ((QFile::permissions(path) & s_relevant) == wanted)
        return 0;
    return QFile::setPermissions(path, wanted) ? 1 : -1;
}

} // namespace

bool makeFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return restrict(path, s_folderMode) >= 0;
}

bool createFile(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // Created with these permissions from the start (Qt 6.3): there is no moment when another account could open it.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, s_fileMode);
}

int tighten(const QString& folder)
{
    int changed = 0;
    bool failed = false;
    const auto count = [&](int result) {
        if (result < 0)
            failed = true;
        else
            changed += result;
    };
    count(restrict(folder, s_folderMode));
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        if (entry.isSymLink())
            continue; // never follow a link out of the profile
        count(restrict(entry.filePath(), entry.isDir() ? s_folderMode : s_fileMode));
    }
    return failed ? -1 : changed;
}

} // namespace tsunagu::PrivateFiles
