// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh profile with every repository, and helpers that add rows satisfying the schema, for repository tests.
#pragma once

#include "StorageTestSupport.h"
#include "TempProfile.h"

#include "storage/ApplicantRepository.h"
#include "storage/HostRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/RoomRepository.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace tsunagu::test {

// A wall-clock time in Japan, where the rooms meet.
inline QDateTime japan(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Asia/Tokyo"));
}

// "yyyy-MM-dd HH:mm" of an occurrence as the wall clock of its room shows it.
inline QString wallClock(const QDateTime& startsAt)
{
    return startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct RepositoryFixture
{
    TempProfile temp;
    Database& db = temp.open().database();
    RoomRepository rooms{db};
    ApplicantRepository applicants{db, temp.clock()};
    HostRepository hosts{db};
    MeetingRepository meetings{db};

    qint64 addRoom(const QString& code, int sortOrder = 0, int deadline = 3)
    {
        Room room = test::makeRoom(code, sortOrder);
        room.replyDeadlineDays = deadline;
        auto id = rooms.insert(room);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 addHost(const QString& name, const QStringList& roomCodes)
    {
        Host host;
        host.displayName = name;
        host.signature = name + QStringLiteral(" より");
        host.roomCodes = roomCodes;
        auto id = hosts.insert(host);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 addApplicant(qint64 roomId, const QString& name, const QDateTime& receivedAt,
                        ApplicantStatus status = ApplicantStatus::New)
    {
        Applicant a;
        a.roomId = roomId;
        a.anonymousName = name;
        a.replyAddress = QStringLiteral("someone@example.org");
        a.receivedAt = receivedAt;
        a.status = status;
        auto id = applicants.insert(a);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 addSeries(qint64 roomId, const QString& title, int duration = 120, int beginner = 0)
    {
        MeetingSeries series;
        series.roomId = roomId;
        series.title = title;
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR");
        series.firstStart = QDateTime(QDate(2026, 10, 2), QTime(19, 0), QTimeZone("Asia/Tokyo"));
        series.durationMinutes = duration;
        series.beginnerOffsetMinutes = beginner;
        auto id = meetings.insertSeries(series);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 addOccurrence(qint64 seriesId, const QDateTime& start, bool cancelled = false, const QString& note = {})
    {
        auto id = meetings.insertOccurrence({0, seriesId, start, cancelled, note, {}});
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace tsunagu::test
