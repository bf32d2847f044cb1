// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/AttendanceReport.h"

#include <QRectF>

namespace tsunagu {

class PageCanvas;

// The charts of a printed report, drawn for paper: greys and hatching that survive a black-and-white printer and
// a photocopy, hairline axes, labels in the document's Japanese font.
class ReportChart
{
public:
    // 本人, 家族, 支援者・見学, その他 for 0…3 (the order of AttendanceReport::sharesPermille).
    static QString categoryName(int index);
    // One bar split by category shares, with a legend under it.
    static void drawShares(PageCanvas& canvas, const QRectF& area, const AttendanceReport& report);
    // Participants per meeting over time: bars while each has room, else a line through every meeting.
    static void drawMeetings(PageCanvas& canvas, const QRectF& area, const QVector<MeetingAttendance>& meetings);
};

} // namespace tsunagu
