// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/UpgradeCopies.h"

#include "storage/StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tsunagu::UpgradeCopies {

int remove(const QString& databasePath)
{
    const QFileInfo store(databasePath);
    const QRegularExpression copy(
        QStringLiteral("^%1\\.v[0-9]+\\.bak$").arg(QRegularExpression::escape(store.fileName())));
    int removed = 0;
    const QFileInfoList entries = store.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (copy.match(entry.fileName()).hasMatch() && QFile::remove(entry.filePath()))
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcStorage, "copies made before an upgrade removed: %d", removed);
    return removed;
}

} // namespace tsunagu::UpgradeCopies
