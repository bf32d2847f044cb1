// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupError.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// Plain words for a backup or restore that could not be done, with what to do next.
class BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupText)

public:
    // `file` is the backup file, `profile` the profile folder; each named where the sentence is about it.
    static QString explanation(BackupError error, const QString& file, const QString& profile);
    static QString written(const QString& file, qint64 bytes);
    static QString restored(const QString& profile);
    static QString passphrasesDiffer();
    static QString passphraseEmpty();
};

} // namespace tsunagu
