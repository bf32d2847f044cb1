// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tsunagu {

class Clock;
class Database;

// A file a host can attach to a bug report: versions (Tsunagu, Qt, SQLite, libsodium, the system), the schema
// version and how many rows each table holds, the window's settings that are not secret, each mail account's
// servers (never its name, user name, sender or password) and the last log lines, scrubbed. No applicant, name,
// address, mail text, link or folder path is in it.
class DiagnosticsReport
{
public:
    struct Input
    {
        QString tsunaguVersion;
        QString uiStatePath;  // the window's settings file; may not exist
        QStringList logLines; // LogRing::lines()
        QDateTime now;
    };

    static StoreResult<QJsonObject> build(Database& database, const Clock& clock, const Input& input);
    // Indented JSON, UTF-8.
    static QByteArray toText(const QJsonObject& report);
};

} // namespace tsunagu
