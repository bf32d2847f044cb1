// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlSupport.h"

#include "storage/SqliteErrors.h"

#include <QSqlError>
#include <QTimeZone>

namespace tsunagu::sql {

QVariant instant(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // The same text as value.toUTC().toString(Qt::ISODate), "2026-11-22T09:43:34Z", written by hand: Qt's
    // formatting was a fifth of the cost of storing an applicant. Years outside 1..9999 are left to Qt.
    const qint64 seconds = value.toSecsSinceEpoch();
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 ofDay = seconds - days * 86400;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const int year = date.year();
    if (year < 1 || year > 9999)
        return value.toUTC().toString(Qt::ISODate);
    char text[] = "0000-00-00T00:00:00Z";
    const auto put = [&text](int at, int number, int digits) {
        for (int i = digits - 1; i >= 0; --i, number /= 10)
            text[at + i] = char('0' + number % 10);
    };
    put(0, year, 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, int(ofDay / 3600), 2);
    put(14, int(ofDay / 60 % 60), 2);
    put(17, int(ofDay % 60), 2);
    return QString::fromLatin1(text, sizeof text - 1);
}

QDateTime toInstant(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toLocalTime() : QDateTime();
}

QVariant japanTime(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toTimeZone(QTimeZone("Asia/Tokyo")).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime toJapanTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QDateTime wallClock = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!wallClock.isValid())
        return {};
    return QDateTime(wallClock.date(), wallClock.time(), QTimeZone("Asia/Tokyo"));
}

QVariant date(const QDate& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString(Qt::ISODate);
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant id(qint64 value)
{
    if (value <= 0)
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant::fromValue<qlonglong>(value);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

StoreFailure failure(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    // SQLite primary result code SQLITE_CONSTRAINT 19.
    if (code == 19)
        return {StoreError::ConstraintViolated, error.text()};
    if (const auto problem = fileProblem(error, query.driver()))
        return {*problem, error.text()};
    return {StoreError::QueryFailed, error.text()};
}

} // namespace tsunagu::sql
