// SPDX-License-Identifier: GPL-3.0-or-later
// A profile is private to its owner: folder 0700, every file in it 0600, whatever the umask, also for a profile
// that an earlier version left readable.
#include "storage/Profile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>

using namespace tsunagu;

namespace {

// The permission bits as `stat` reports them.
mode_t modeOf(const QString& path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~Umask() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

// Every file and folder of the profile, with its mode.
void requireAllPrivate(const QString& folder)
{
    CHECK(modeOf(folder) == 0700);
    const QDir dir(folder);
    const auto entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    REQUIRE_FALSE(entries.isEmpty());
    for (const QFileInfo& entry : entries) {
        INFO(entry.fileName().toStdString());
        CHECK(modeOf(entry.filePath()) == (entry.isDir() ? 0700 : 0600));
    }
}

} // namespace

TEST_CASE("A new profile is created private to its owner under umask 022", "[privacy][profile]")
{
    const Umask usual(022);
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("new/profile"));
    {
        auto profile = Profile::open(folder);
        REQUIRE(profile);
        // The window's settings are written by QSettings, which follows the umask.
        QSettings(profile.value()->uiStatePath(), QSettings::IniFormat).setValue(QStringLiteral("k"), 1);
        // Database, its write-ahead log and shared memory, the lock: private while the profile is open.
        const QString db = profile.value()->databasePath();
        CHECK(QFile::exists(db + QStringLiteral("-wal")));
        CHECK(modeOf(db) == 0600);
        CHECK(modeOf(db + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(db + QStringLiteral("-shm")) == 0600);
        CHECK(modeOf(QDir(folder).filePath(QLatin1String(Profile::s_lockFile))) == 0600);
        CHECK(modeOf(folder) == 0700);
    }
    requireAllPrivate(folder);
}

TEST_CASE("An existing readable profile is made private when it opens", "[privacy][profile]")
{
    const Umask usual(022);
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("old"));
    {
        auto profile = Profile::open(folder);
        REQUIRE(profile);
    }
    // As an earlier version left it: folder 0755, files 0644, a backup folder.
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
    const QString db = QDir(folder).filePath(QLatin1String(Profile::s_databaseFile));
    QFile::setPermissions(db, QFileDevice::Permissions(0x6644));
    QDir(folder).mkdir(QStringLiteral("backups"));
    QFile old(QDir(folder).filePath(QStringLiteral("backups/old.sqlite")));
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.close();
    CHECK(modeOf(db) == 0644);
    CHECK(modeOf(old.fileName()) == 0644);

    auto profile = Profile::open(folder);
    REQUIRE(profile);
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(old.fileName()) == 0600);
    CHECK(modeOf(QDir(folder).filePath(QStringLiteral("backups"))) == 0700);
    profile.value().reset();
    requireAllPrivate(folder);
}
#endif
