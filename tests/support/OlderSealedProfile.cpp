// SPDX-License-Identifier: GPL-3.0-or-later
#include "OlderSealedProfile.h"

#include "crypto/KeyFile.h"
#include "crypto/Sealer.h"
#include "storage/Migrations.h"
#include "storage/Profile.h"
#include "storage/ProfileKeys.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSqlQuery>

namespace tsunagu::test {

OlderSealedProfile::OlderSealedProfile(int version, const QString& passphrase)
    : m_version(version)
    , m_folder(QDir(m_root.path()).filePath(QStringLiteral("older")))
    , m_databasePath(QDir(m_folder).filePath(QLatin1String(Profile::s_databaseFile)))
    , m_key(crypto::DataKey::generate())
{
    REQUIRE(m_root.isValid());
    REQUIRE(Migrations::latestVersion() > version);
    REQUIRE(QDir().mkpath(m_folder));
    REQUIRE_FALSE(m_key.isNull());
    crypto::KeyFile keyFile =
        crypto::KeyFile::create(QDir(m_folder).filePath(QLatin1String(crypto::KeyFile::s_fileName)), m_key);
    keyFile.setPassphrase(m_key, passphrase, crypto::KdfCost::measured());
    REQUIRE(keyFile.save());
    ProfileKeys::add(m_databasePath, std::make_shared<const crypto::Sealer>(m_key));
}

Database& OlderSealedProfile::open()
{
    if (!m_database) {
        Database::Options options;
        options.targetVersion = m_version;
        auto opened = Database::open(m_databasePath, options);
        REQUIRE(opened);
        m_database = std::move(opened.value());
        REQUIRE(m_database->schemaVersion() == m_version);
        // Versions since 17 sealed what their own migrations left waiting when they first opened the profile.
        if (m_version >= 17) {
            QSqlQuery caughtUp(m_database->connection());
            REQUIRE(caughtUp.exec(QStringLiteral("DELETE FROM seal_pending")));
        }
    }
    return *m_database;
}

} // namespace tsunagu::test
