// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace tsunagu {

// Dates and times as a reply writes them. Fixed formats, independent of the PC's locale: a reply in Japanese
// reads the same on every host's computer. Language "en" gives English, anything else Japanese.
class ReplyDateText
{
public:
    // 2026年12月1日(火)
    static QString japaneseDate(const QDate& date);
    // 2026年12月1日(火) 19:00, in the zone the value carries
    static QString japaneseDateTime(const QDateTime& dateTime);
    // Tue 1 Dec 2026
    static QString englishDate(const QDate& date);
    // Tue 1 Dec 2026, 19:00, in the zone the value carries
    static QString englishDateTime(const QDateTime& dateTime);
    static QString date(const QDate& date, const QString& language);

    // One meeting on one line: start–end in Japan time and, when `viewerZone` is a valid IANA id whose clock
    // differs from Japan's at that moment, the same in that zone:
    //   2026年12月1日(火) 19:00〜21:00（日本時間）／2026年12月1日(火) 02:00〜04:00（<zone name> America/Los_Angeles）
    // durationMinutes 0 leaves out the end.
    static QString meetingLine(const QDateTime& start, int durationMinutes, const QString& viewerZone,
                               const QString& language);
    // The zone's name at a moment in the reply's language ("アメリカ太平洋標準時"), or empty when the system has none.
    static QString zoneName(const QTimeZone& zone, const QDateTime& at, const QString& language);
    static QTimeZone japan();
};

} // namespace tsunagu
