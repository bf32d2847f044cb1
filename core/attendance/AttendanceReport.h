// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/ReportRepository.h"

#include <QDate>
#include <QPair>
#include <QVector>

#include <array>

namespace tsunagu {

// A room's (or every room's) report for a period, as a host reports it: "延べ24,752名, 1回あたり約60名,
// 本人36.2%, 家族31.4%".
struct AttendanceReport
{
    QString roomCode; // empty: every room
    QDate from;       // first day, Japan
    QDate to;         // last day, inclusive
    AttendanceTotals totals;
    double averagePerMeeting = 0; // 延べ人数 / meetings held
    // Shares of 本人, 家族, 支援者・見学, その他 in tenths of a percent; they add up to exactly 1000 when anyone
    // came (largest remainder), so a printed table never sums to 99.9 %.
    std::array<int, 4> sharesPermille{};
    int membersJoined = 0;
    QVector<QPair<QString, int>> referralSources;
    qint64 medianFirstReplySeconds = -1; // -1: nobody got a reply yet
    QVector<MeetingAttendance> meetings; // for the chart

    static std::array<int, 4> shares(const AttendanceTotals& totals);
    static qint64 median(QVector<qint64> values);
};

class AttendanceReportBuilder
{
public:
    explicit AttendanceReportBuilder(Database& database)
        : m_database(database)
    {}

    // `roomId` 0 for every room. The chart keeps at most `chartLimit` meetings.
    StoreResult<AttendanceReport> build(qint64 roomId, const QString& roomCode, const QDate& from, const QDate& to,
                                        int chartLimit = 5000) const;

private:
    Database& m_database;
};

} // namespace tsunagu
