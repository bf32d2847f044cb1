// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace tsunagu::sql {

// Storage formats: instants as ISO 8601 UTC with 'Z', dates as YYYY-MM-DD, local wall-clock times without zone.
QVariant instant(const QDateTime& value);
QDateTime toInstant(const QVariant& value);
QVariant localTime(const QDateTime& value);
QDateTime toLocalTime(const QVariant& value);
QVariant date(const QDate& value);
QDate toDate(const QVariant& value);
QVariant id(qint64 value); // 0 becomes NULL
QVariant text(const QString& value); // never NULL: "" for a null QString

// Prepares and runs a statement with positional bound values.
bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values = {});
// The error of the last statement, with constraint failures told apart.
StoreFailure failure(const QSqlQuery& query);

} // namespace tsunagu::sql
