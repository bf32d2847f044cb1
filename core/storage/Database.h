// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Sealer.h"
#include "storage/StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tsunagu {

class SealedAhead;

// One SQLite connection (one per thread, STYLE.md §16) with Tsunagu's pragmas and schema. Opening never
// changes a file that is not a Tsunagu database, is damaged, or was written by a newer version.
class Database
{
public:
    struct Options
    {
        // Stop migrating at this version instead of the latest; tests build databases of every earlier version.
        int targetVersion = -1;
        // A second connection to a profile already opened (and checked) by this process skips PRAGMA quick_check,
        // which reads every page of the file.
        bool checkIntegrity = true;
        // Skip quick_check when the file is exactly as this app left it after a check (see Database.cpp).
        bool trustUnchangedFile = true;
    };

    static StoreResult<std::unique_ptr<Database>> open(const QString& path, Options options);
    static StoreResult<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // For a connection that only takes in mail already kept safe elsewhere (the read phase of a sync): does not
    // wait for the disk at every transaction, keeps a larger page cache, and compiles statements without the
    // schema's CHECK constraints (see Database.cpp for why each is safe there).
    void tuneForBulkIntake();
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The sealer of this profile's data key (null: values are stored as they are). Database::open takes it from
    // ProfileKeys when the profile is unlocked in this process; Profile sets it on its own connection.
    const crypto::Sealer* sealer() const { return m_sealer.get(); }
    void setSealer(std::shared_ptr<const crypto::Sealer> sealer) { m_sealer = std::move(sealer); }
    // Where the copy made before the last upgrade lives, empty when nothing was upgraded.
    QString backupPath() const { return m_backupPath; }
    // The SQL function tsunagu_open_text() (Sealing.cpp) notes here the column of the first sealed value it could
    // not open on this connection; Sealing takes the note after the statement and refuses the read.
    void noteUnopened(const char* column) const;
    QString takeUnopened() const;
    // Values sealed ahead for the store under way (SealedAhead::Use sets and clears it), or null.
    const SealedAhead* sealedAhead() const { return m_sealedAhead; }
    void setSealedAhead(const SealedAhead* ahead) const { m_sealedAhead = ahead; }

private:
    Database(QString path, QString connectionName);
    StoreResult<Done> configure(int targetVersion, bool checkIntegrity);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    std::shared_ptr<const crypto::Sealer> m_sealer;
    mutable QString m_unopened;
    mutable const SealedAhead* m_sealedAhead = nullptr;
    bool m_vouchForFile = false; // checked (or unchanged since) at open: leave a fresh mark at close
};

} // namespace tsunagu
