// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/Profile.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu::test {

// The fixed "today" of the test suite: Sunday 22 November 2026, 10:00 in Japan.
QDateTime testNow();

// A profile in a fresh temporary folder, removed with the fixture.
class TempProfile
{
public:
    TempProfile();
    QString directory() const { return m_dir.path(); }
    QString databasePath() const;
    // Opens (creating if needed) the profile; REQUIREs success. `unlock` counts at the first open only.
    Profile& open(const ProfileUnlock& unlock = {});
    // Opens and fills with the demo data at testNow(); REQUIREs success.
    Profile& openDemo(const ProfileUnlock& unlock = {});
    void close() { m_profile.reset(); }
    FixedClock& clock() { return m_clock; }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Profile> m_profile;
};

// SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileHash(const QString& path);

} // namespace tsunagu::test
