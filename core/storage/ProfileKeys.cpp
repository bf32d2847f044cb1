// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ProfileKeys.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace tsunagu::ProfileKeys {

namespace {

QMutex s_mutex;

QHash<QString, std::shared_ptr<const crypto::Sealer>>& sealers()
{
    static QHash<QString, std::shared_ptr<const crypto::Sealer>> s_sealers;
    return s_sealers;
}

QString keyOf(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

void add(const QString& databasePath, std::shared_ptr<const crypto::Sealer> sealer)
{
    const QMutexLocker lock(&s_mutex);
    sealers().insert(keyOf(databasePath), std::move(sealer));
}

void remove(const QString& databasePath)
{
    const QMutexLocker lock(&s_mutex);
    sealers().remove(keyOf(databasePath));
}

std::shared_ptr<const crypto::Sealer> find(const QString& databasePath)
{
    const QMutexLocker lock(&s_mutex);
    return sealers().value(keyOf(databasePath));
}

} // namespace tsunagu::ProfileKeys
