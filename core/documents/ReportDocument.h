// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/AttendanceReport.h"
#include "documents/PdfFile.h"

#include <QDate>

class QIODevice;
class QPaintDevice;

namespace tsunagu {

// A room's (or every room's) report for a period on paper: the figures of AttendanceReport as tables, the shares
// by category as a bar and attendance per meeting as a chart, drawn for a black-and-white printer (greys and
// patterns, never colour alone). Counts only: no name and no address appears. Printed in Japanese.
class ReportDocument
{
public:
    static DocumentResult render(QPaintDevice& device, const AttendanceReport& report, const QDate& issued);
    static DocumentResult writePdf(const QString& path, const AttendanceReport& report, const QDate& issued);
    static DocumentResult writePdf(QIODevice& device, const AttendanceReport& report, const QDate& issued);
    // CSV for Excel (UTF-8 with BOM, CRLF): what it holds, the figures, the categories, then one row per meeting.
    static DocumentResult writeCsv(const QString& path, const AttendanceReport& report);

    static QString contentsNote();
    static QString title(const AttendanceReport& report);
    static QString periodLine(const AttendanceReport& report);
    // "36.2%" from tenths of a percent.
    static QString percent(int permille);
};

} // namespace tsunagu
