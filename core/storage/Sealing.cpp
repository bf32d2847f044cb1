// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sealing.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

namespace tsunagu {

namespace {

// tsunagu_open_text(value, column): see sql::registerOpenText in Sealing.h.
void openTextFunction(sqlite3_context* context, int argumentCount, sqlite3_value** arguments)
{
    if (argumentCount != 2)
        return sqlite3_result_error(context, "tsunagu_open_text takes a value and a column name", -1);
    const auto* database = static_cast<const Database*>(sqlite3_user_data(context));
    sqlite3_value* stored = arguments[0];
    if (sqlite3_value_type(stored) != SQLITE_TEXT)
        return sqlite3_result_value(context, stored); // NULL, a number: nothing sealed
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(stored));
    const int size = sqlite3_value_bytes(stored);
    // The prefix is ASCII: the first bytes tell a sealed value from a plain one.
    if (!text || !crypto::Sealer::isSealedText(QString::fromLatin1(text, std::min(size, 16))))
        return sqlite3_result_value(context, stored); // a plain value
    const auto* column = reinterpret_cast<const char*>(sqlite3_value_text(arguments[1]));
    const crypto::Sealer* sealer = database->sealer();
    QString plain;
    if (!column || !sealer ||
        sealer->openText(QString::fromLatin1(text, size), column, plain) != crypto::Sealer::Opened::Sealed) {
        database->noteUnopened(column);
        return sqlite3_result_null(context);
    }
    const QByteArray utf8 = plain.toUtf8();
    sqlite3_result_text64(context, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

Sealing::Sealing(const Database& database)
    : m_database(database)
    , m_sealer(database.sealer())
{
    database.takeUnopened();
}

bool Sealing::broken() const
{
    if (m_brokenColumn.isEmpty())
        m_brokenColumn = m_database.takeUnopened();
    return !m_brokenColumn.isEmpty();
}

QString Sealing::sqlOpened(const QString& expression, const char* column) const
{
    if (!m_sealer)
        return expression;
    // Column names are the program's own constants: never a value, so they may stand in the statement.
    return QStringLiteral("tsunagu_open_text(%1, '%2')").arg(expression, QLatin1String(column));
}

QVariant Sealing::text(const QString& plain, const char* column) const
{
    if (!m_sealer || plain.isEmpty())
        return plain.isNull() ? QString(QLatin1String("")) : plain;
    return m_sealer->sealText(plain, column);
}

QVariant Sealing::bytes(const QByteArray& plain, const char* column) const
{
    if (!m_sealer || plain.isEmpty())
        return plain;
    return m_sealer->sealBytes(plain, column);
}

QString Sealing::openText(const QVariant& stored, const char* column) const
{
    const QString value = stored.toString();
    if (!crypto::Sealer::isSealedText(value))
        return value;
    QString plain;
    if (!m_sealer || m_sealer->openText(value, column, plain) == crypto::Sealer::Opened::Tampered) {
        if (m_brokenColumn.isEmpty())
            m_brokenColumn = QLatin1String(column);
        return {};
    }
    return plain;
}

QByteArray Sealing::openBytes(const QVariant& stored, const char* column) const
{
    const QByteArray value = stored.toByteArray();
    if (!crypto::Sealer::isSealedBytes(value))
        return value;
    QByteArray plain;
    if (!m_sealer || m_sealer->openBytes(value, column, plain) == crypto::Sealer::Opened::Tampered) {
        if (m_brokenColumn.isEmpty())
            m_brokenColumn = QLatin1String(column);
        return {};
    }
    return plain;
}

QString Sealing::addressHash(const QString& address, const char* column) const
{
    const QString normalised = crypto::Sealer::normaliseAddress(address);
    if (normalised.isEmpty())
        return QLatin1String(""); // never NULL: the column is NOT NULL
    return m_sealer ? m_sealer->keyedHash(normalised, column) : normalised;
}

QString Sealing::valueHash(const QString& value, const char* column) const
{
    if (value.isEmpty())
        return QLatin1String("");
    return m_sealer ? m_sealer->keyedHash(value, column) : value;
}

StoreFailure Sealing::failure(const QString& recordKind) const
{
    return {StoreError::SealBroken,
            QStringLiteral("a sealed value of %1 (%2) does not open: it was changed or belongs to another profile")
                .arg(recordKind, m_brokenColumn)};
}

namespace sql {

StoreResult<Done> registerOpenText(const QSqlDatabase& db, const Database& database)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return StoreFailure{StoreError::QueryFailed, QStringLiteral("not an SQLite connection")};
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    const int code = sqlite3_create_function_v2(
        connection, "tsunagu_open_text", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
        const_cast<Database*>(&database), openTextFunction, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return StoreFailure{StoreError::QueryFailed, QString::fromUtf8(sqlite3_errstr(code))};
    return Done{};
}

} // namespace sql

} // namespace tsunagu
