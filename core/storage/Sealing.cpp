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
    const int type = sqlite3_value_type(stored);
    if (type != SQLITE_BLOB && type != SQLITE_TEXT)
        return sqlite3_result_value(context, stored); // NULL, a number: nothing sealed
    const int size = sqlite3_value_bytes(stored);
    const auto* data =
        static_cast<const char*>(type == SQLITE_BLOB ? sqlite3_value_blob(stored) : sqlite3_value_text(stored));
    // Sealed text is a BLOB with the sealed-bytes prefix; "tss1:" text is what profiles sealed before schema
    // version 21 hold. Both prefixes are ASCII, so the first bytes tell a sealed value from a plain one.
    const bool sealedBytes =
        type == SQLITE_BLOB && data && crypto::Sealer::isSealedBytes(QByteArray::fromRawData(data, size));
    const bool sealedText =
        type == SQLITE_TEXT && data && crypto::Sealer::isSealedText(QString::fromLatin1(data, std::min(size, 16)));
    if (!sealedBytes && !sealedText)
        return sqlite3_result_value(context, stored); // a plain value
    const auto* column = reinterpret_cast<const char*>(sqlite3_value_text(arguments[1]));
    const crypto::Sealer* sealer = database->sealer();
    QByteArray utf8;
    bool opened = false;
    if (column && sealer && sealedBytes) {
        opened = sealer->openBytes(QByteArray::fromRawData(data, size), column, utf8) == crypto::Sealer::Opened::Sealed;
    } else if (column && sealer) {
        QString plain;
        opened = sealer->openText(QString::fromLatin1(data, size), column, plain) == crypto::Sealer::Opened::Sealed;
        utf8 = plain.toUtf8();
    }
    if (!opened) {
        database->noteUnopened(column);
        return sqlite3_result_null(context);
    }
    sqlite3_result_text64(context, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

SealedAhead::Use::Use(const Database& database, const SealedAhead& ahead)
    : m_database(database)
{
    m_database.setSealedAhead(&ahead);
}

SealedAhead::Use::~Use()
{
    m_database.setSealedAhead(nullptr);
}

const QVariant* SealedAhead::find(Kind kind, const char* column, const QString& text, const QByteArray& bytes) const
{
    // A mail has about a dozen values: a scan. The plain value is compared whole, never only its size or hash.
    for (const Value& value : m_values) {
        if (value.kind == kind && qstrcmp(value.column, column) == 0 && value.text == text && value.bytes == bytes)
            return &value.stored;
    }
    return nullptr;
}

Sealing::Sealing(const Database& database)
    : m_database(&database)
    , m_sealer(database.sealer())
{
    database.takeUnopened();
    const SealedAhead* ahead = database.sealedAhead();
    if (ahead && m_sealer && ahead->m_sealer == m_sealer)
        m_ahead = ahead;
}

Sealing::Sealing(const crypto::Sealer& sealer, SealedAhead& ahead)
    : m_database(nullptr)
    , m_sealer(&sealer)
    , m_record(&ahead)
{
    ahead.m_sealer = &sealer;
}

Sealing Sealing::record(const crypto::Sealer& sealer, SealedAhead& ahead)
{
    return Sealing(sealer, ahead);
}

bool Sealing::broken() const
{
    if (m_brokenColumn.isEmpty() && m_database)
        m_brokenColumn = m_database->takeUnopened();
    return !m_brokenColumn.isEmpty();
}

const QVariant* Sealing::ahead(SealedAhead::Kind kind, const char* column, const QString& text,
                               const QByteArray& bytes) const
{
    return m_ahead ? m_ahead->find(kind, column, text, bytes) : nullptr;
}

QVariant Sealing::recorded(SealedAhead::Kind kind, const char* column, const QString& text, const QByteArray& bytes,
                           QVariant stored) const
{
    if (m_record)
        m_record->m_values.append({kind, column, text, bytes, stored});
    return stored;
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
    if (const QVariant* sealed = ahead(SealedAhead::Kind::Sealed, column, plain))
        return *sealed;
    // Stored as a BLOB, not as base64 text: measured 2026-12-06, the encoding and the third more bytes written
    // were a large share of what sealing added to reading mail (see Sealer.h for both forms).
    return recorded(SealedAhead::Kind::Sealed, column, plain, {}, m_sealer->sealBytes(plain.toUtf8(), column));
}

QVariant Sealing::bytes(const QByteArray& plain, const char* column) const
{
    if (!m_sealer || plain.isEmpty())
        return plain;
    if (const QVariant* sealed = ahead(SealedAhead::Kind::Sealed, column, {}, plain))
        return *sealed;
    return recorded(SealedAhead::Kind::Sealed, column, {}, plain, m_sealer->sealBytes(plain, column));
}

bool Sealing::isSealed(const QVariant& stored)
{
    if (stored.typeId() == QMetaType::QByteArray)
        return crypto::Sealer::isSealedBytes(stored.toByteArray());
    return stored.typeId() == QMetaType::QString && crypto::Sealer::isSealedText(stored.toString());
}

QString Sealing::openText(const QVariant& stored, const char* column) const
{
    // Text sealed as bytes (a BLOB) opens as bytes do, and is its UTF-8.
    if (stored.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(openBytes(stored, column));
    const QString value = stored.toString();
    if (!crypto::Sealer::isSealedText(value))
        return value;
    QString plain;
    if (!m_sealer || m_sealer->openText(value, column, plain) == crypto::Sealer::Opened::Tampered) {
        noteBroken(column);
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
        noteBroken(column);
        return {};
    }
    return plain;
}

QVariant Sealing::bytesAsKept(const QByteArray& plain, const QByteArray& kept, const char* column) const
{
    // The size check keeps the bytes of one mail from being stored for another by mistake.
    if (m_sealer && crypto::Sealer::isSealedBytesOf(kept, plain.size()))
        return kept;
    return bytes(plain, column);
}

void Sealing::noteBroken(const char* column) const
{
    if (m_brokenColumn.isEmpty())
        m_brokenColumn = QLatin1String(column);
}

QString Sealing::addressHash(const QString& address, const char* column) const
{
    const QString normalised = crypto::Sealer::normaliseAddress(address);
    if (normalised.isEmpty())
        return QLatin1String(""); // never NULL: the column is NOT NULL
    return hashOf(normalised, column);
}

QString Sealing::valueHash(const QString& value, const char* column) const
{
    if (value.isEmpty())
        return QLatin1String("");
    return hashOf(value, column);
}

QString Sealing::hashOf(const QString& normalised, const char* column) const
{
    if (!m_sealer)
        return normalised;
    if (const QVariant* hashed = ahead(SealedAhead::Kind::Hashed, column, normalised))
        return hashed->toString();
    return recorded(SealedAhead::Kind::Hashed, column, normalised, {}, m_sealer->keyedHash(normalised, column))
        .toString();
}

StoreFailure Sealing::failure(const QString& recordKind) const
{
    return failure(recordKind, m_brokenColumn);
}

StoreFailure Sealing::failure(const QString& recordKind, const QString& column)
{
    return {StoreError::SealBroken,
            QStringLiteral("a sealed value of %1 (%2) does not open: it was changed or belongs to another profile")
                .arg(recordKind, column)};
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
