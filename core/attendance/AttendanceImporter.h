// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/ZoomParticipants.h"
#include "domain/Member.h"
#include "schedule/OccurrencePlanner.h"
#include "storage/Database.h"

#include <QHash>

namespace tsunagu {

enum class ImportError
{
    Csv,             // the file is not a participant list Tsunagu can read (detail: what was wrong)
    NoMeeting,       // the room has no meeting on that date
    OtherDate,       // the list is of a meeting on another date (detail: that date, YYYY-MM-DD)
    AlreadyRecorded, // that meeting's attendance is already there (ask before replacing)
    Store,           // the database refused
};

// One counted person of the list, matched to a member where the host's aliases or the anonymous names allow.
struct ImportedPerson
{
    ZoomParticipant participant;
    qint64 memberId = 0;
    QString memberName;
    Category category = Category::Unknown;
    bool firstTime = false; // counted among the meeting's first-timers
};

// Everything the host sees before anything is saved.
struct ImportPreview
{
    ZoomParticipantList list;
    ZoomCsvError csvError{};
    qint64 roomId = 0;
    QDate date;
    PlannedOccurrence meeting;
    QVector<ImportedPerson> people;
    Attendance counts; // by the members' categories; people not matched to a member are counted as others
    bool alreadyRecorded = false;
    QVector<Member> members;        // the room's members, for the host to map a name to another one
    QHash<QString, qint64> aliases; // the room's remembered display names (folded) -> member id
};

// A Zoom participant list made into one meeting's attendance: read, matched, previewed, then saved in one
// transaction (the counts, the roster and the meeting itself if it was only planned).
class AttendanceImporter
{
public:
    explicit AttendanceImporter(Database& database)
        : m_database(database)
    {}

    Result<ImportPreview, ImportError> preview(const QByteArray& csv, qint64 roomId, const QDate& date,
                                               const ZoomImportOptions& options) const;
    // A list already read (the window reads it on a worker thread) made into the preview of one chosen meeting:
    // OtherDate when the list is of another day than the meeting (Japan time).
    Result<ImportPreview, ImportError> previewFor(const ZoomParticipantList& list,
                                                  const PlannedOccurrence& meeting) const;
    // `replace` allows overwriting attendance already recorded for that meeting. `newAliases` (folded display name
    // -> member id) are remembered in the same transaction as the counts and the roster.
    Result<qint64, ImportError> save(const ImportPreview& preview, const QDateTime& now, bool replace,
                                     const QHash<QString, qint64>& newAliases = {}) const;

    // The counts of these people by category, with the first-timers among them.
    static Attendance countsOf(const QVector<ImportedPerson>& people);

    // The non-cancelled meeting of a room on a date (Japan), the one nearest `near` when there are several.
    Result<PlannedOccurrence, ImportError> meetingOn(qint64 roomId, const QDate& date, const QDateTime& near) const;

private:
    Database& m_database;
};

} // namespace tsunagu
