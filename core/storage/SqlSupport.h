// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace tsunagu::sql {

// Storage formats: instants as ISO 8601 UTC with 'Z', dates as YYYY-MM-DD, meeting times as Japan wall-clock
// time without zone ("2026-12-01T19:00:00"), which sorts and compares as text.
QVariant instant(const QDateTime& value);
QDateTime toInstant(const QVariant& value);
// Any moment, in whatever zone it carries, written as Japan wall-clock time.
QVariant japanTime(const QDateTime& value);
// Read back as a moment in Asia/Tokyo.
QDateTime toJapanTime(const QVariant& value);
QVariant date(const QDate& value);
QDate toDate(const QVariant& value);
QVariant id(qint64 value);           // 0 becomes NULL
QVariant text(const QString& value); // never NULL: "" for a null QString

// Prepares and runs a statement with positional bound values.
bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values = {});
// The error of the last statement, with constraint failures told apart.
StoreFailure failure(const QSqlQuery& query);

} // namespace tsunagu::sql
