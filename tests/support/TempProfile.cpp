// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempProfile.h"

#include "demo/DemoSeeder.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTimeZone>

namespace tsunagu::test {

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone("Asia/Tokyo"));
}

TempProfile::TempProfile()
    : m_clock(testNow())
{
    REQUIRE(m_dir.isValid());
}

QString TempProfile::databasePath() const
{
    return m_dir.filePath(QLatin1String(Profile::s_databaseFile));
}

Profile& TempProfile::open(const ProfileUnlock& unlock)
{
    if (!m_profile) {
        auto opened = Profile::open(m_dir.path(), unlock);
        INFO(opened.error().detail.toStdString());
        REQUIRE(opened.ok());
        m_profile = std::move(opened).value();
    }
    return *m_profile;
}

Profile& TempProfile::openDemo(const ProfileUnlock& unlock)
{
    Profile& profile = open(unlock);
    auto seeded = DemoSeeder(profile.database(), m_clock).seed();
    INFO(seeded.error().detail.toStdString());
    REQUIRE(seeded.ok());
    return profile;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace tsunagu::test
