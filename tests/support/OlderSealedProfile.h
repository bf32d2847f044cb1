// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/DataKey.h"
#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu::test {

// A sealed profile as an earlier schema version left it, to check what a later version does at its first open: a
// key file with the data key wrapped under `passphrase`, the key handed to ProfileKeys (as an unlocked profile has
// it), and the database migrated only up to `version`. That version had caught up with its own sealed columns, so
// nothing waits in seal_pending. Rows are written through open() in that version's schema; close() before the
// profile is opened the usual way at folder().
class OlderSealedProfile
{
public:
    OlderSealedProfile(int version, const QString& passphrase);

    QString folder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }
    const crypto::DataKey& key() const { return m_key; }

    Database& open();
    void close() { m_database.reset(); }

private:
    QTemporaryDir m_root;
    int m_version;
    QString m_folder;
    QString m_databasePath;
    crypto::DataKey m_key;
    std::unique_ptr<Database> m_database;
};

} // namespace tsunagu::test
