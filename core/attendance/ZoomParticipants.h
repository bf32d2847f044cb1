// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace tsunagu {

enum class ZoomCsvError
{
    NotAParticipantList, // no header row with a name and a duration column, in English or Japanese
    BadRow,              // a participant row whose times or duration cannot be read
    NoParticipants,      // a header and nothing under it
    TooLarge,            // more rows than any meeting has (a file chosen by mistake)
};

// One person in a Zoom participant list, their rejoins merged.
struct ZoomParticipant
{
    QString name;        // the display name as Zoom shows it (without "(original name)")
    int minutes = 0;     // summed over every join
    int joins = 0;       // how many rows were merged into this one
    QDateTime firstJoin; // Japan time, invalid when the layout has no times
    QDateTime lastLeave;
    bool guest = false;
};

// Someone in the list who is not counted, and why.
struct ZoomLeftOut
{
    enum class Reason
    {
        Host,     // the host's own entry (by the meeting's host address or a name the host gave)
        TooShort, // under the host's minimum minutes
    };
    QString name;
    int minutes = 0;
    Reason reason = Reason::TooShort;
};

// What a Zoom participant CSV says, read in memory. E-mail addresses are used only to merge rejoins and to
// recognise the host, then dropped: nothing here keeps one.
struct ZoomParticipantList
{
    QString layout;    // "classic", "meeting-block", "sentence-case", "japanese", "unique-users"
    QString encoding;  // as Csv::decode read the file
    QString topic;     // from a meeting block, else empty
    QDate meetingDate; // from the meeting block, else the earliest join; invalid when the list has no times
    int rowsRead = 0;
    QVector<ZoomParticipant> participants; // counted, by first join then name
    QVector<ZoomLeftOut> leftOut;
};

struct ZoomImportOptions
{
    int minimumMinutes = 5;
    QStringList hostNames; // display names the host joins under, left out (compared trimmed, case-insensitive)
};

// Reads every layout of Zoom's participant export seen in the wild: the classic English header, the same under a
// meeting block (Meeting ID, Topic, Start Time, … then an empty row), the newer sentence-case header, the
// Japanese UI's header and the "unique users" variant with Total Duration. The header is found by pattern in
// either language; a BOM is dropped; times may be MM/DD/YYYY hh:mm:ss AM/PM or YYYY/MM/DD HH:MM:SS.
class ZoomParticipants
{
public:
    static Result<ZoomParticipantList, ZoomCsvError> read(const QByteArray& bytes, const ZoomImportOptions& options);

    // Names compared for merging and matching: trimmed, full-width folded to half-width, case folded.
    static QString foldName(const QString& name);
    // Zoom's time formats, as Japan wall-clock time; invalid when none fits.
    static QDateTime parseTime(const QString& text);

    // A meeting has at most a few thousand rows; a longer file is something else.
    static constexpr int s_maxRows = 100000;
};

} // namespace tsunagu
