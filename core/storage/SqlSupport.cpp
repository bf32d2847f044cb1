// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlSupport.h"

#include <QSqlError>
#include <QTimeZone>

namespace tsunagu::sql {

QVariant instant(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(Qt::ISODate);
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
    // SQLite primary result codes: SQLITE_CONSTRAINT 19, SQLITE_CORRUPT 11, SQLITE_NOTADB 26.
    if (code == 19)
        return {StoreError::ConstraintViolated, error.text()};
    if (code == 11 || code == 26)
        return {StoreError::Corrupt, error.text()};
    return {StoreError::QueryFailed, error.text()};
}

} // namespace tsunagu::sql
