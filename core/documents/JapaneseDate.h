// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace tsunagu {

// Dates as printed documents write them, whatever the window's language: 2026年12月1日(火) and 19:00.
namespace JapaneseDate {

QString date(const QDate& date);
QString dateTime(const QDateTime& moment); // 2026年12月1日(火) 19:00
QString time(const QDateTime& moment);     // 19:00

} // namespace JapaneseDate
} // namespace tsunagu
