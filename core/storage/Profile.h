// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace tsunagu {

// A profile folder: the database, UI state and a lock that keeps a second Tsunagu away from it.
class Profile
{
public:
    static constexpr const char* s_databaseFile = "tsunagu.sqlite";
    static constexpr const char* s_lockFile = "tsunagu.lock";
    static constexpr const char* s_uiStateFile = "ui-state.ini";

    // The default profile folder (AppDataLocation) when the user gave none.
    static QString defaultDirectory();
    static StoreResult<std::unique_ptr<Profile>> open(const QString& directory);

    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;
    ~Profile();

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString uiStatePath() const;
    Database& database() { return *m_database; }
    // True when the database had no schema before this open (a new profile).
    bool isNew() const { return m_isNew; }

private:
    Profile(QString directory, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> database, bool isNew);

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_database;
    bool m_isNew = false;
};

} // namespace tsunagu
