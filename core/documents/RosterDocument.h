// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/MeetingRoster.h"
#include "documents/PdfFile.h"

#include <QDate>

class QIODevice;
class QPaintDevice;

namespace tsunagu {

// A meeting's roster on paper and in a spreadsheet: the room, the day and time, and the members by anonymous name
// with a box to tick. Its first line says what it holds (anonymous names and counts, never an address). Printed
// in Japanese, like every document the rooms hand out.
class RosterDocument
{
public:
    // Draws every page on `device` (a QPdfWriter, or a QPrinter for printing and its preview). `issued` is the
    // date of issue in the footer.
    static DocumentResult render(QPaintDevice& device, const MeetingRoster& roster, const QDate& issued);
    // An A4 PDF at `path`, all or nothing.
    static DocumentResult writePdf(const QString& path, const MeetingRoster& roster, const QDate& issued);
    static DocumentResult writePdf(QIODevice& device, const MeetingRoster& roster, const QDate& issued);
    // CSV for Excel (UTF-8 with BOM, CRLF): a line saying what it holds, the room and meeting, then one row per
    // member with an empty 出席 column to fill in.
    static DocumentResult writeCsv(const QString& path, const MeetingRoster& roster);

    // The sentence the document starts with.
    static QString contentsNote();
    static QString categoryLabel(Category category);
    // "2026年12月1日(火) 19:00〜21:00（ビギナータイム 18:30〜）", or the day alone when it has no meeting.
    static QString meetingLine(const MeetingRoster& roster);
    static QString title(const MeetingRoster& roster);
};

} // namespace tsunagu
