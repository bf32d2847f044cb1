// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/StoreError.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVector>

namespace tsunagu {

// A whole mail is sealed under one label wherever the profile keeps it, waiting to be read (fetched_mail.raw) or
// read (messages.raw), so that a waiting mail's sealed bytes become its message's as they are, without being
// opened and sealed again. Profiles written before 2026-12-06 hold waiting mail sealed under "fetched_mail.raw".
constexpr const char* s_rawMailLabel = "messages.raw";

// Values a thread that reads mail sealed (and hashed) ahead for the store that follows on the storing thread, so
// that the one thread every mail passes through does not do the sealing's work (measured 2026-12-06: the sealing
// calls on that thread were what sealing added to reading kept mail). Filled by a Sealing made with record();
// taken by the Sealings of a Database while a SealedAhead::Use holds it, for a value of the same column and the
// same plain text only. A value not found here is sealed then as always, so what is ahead never changes what is
// stored, only where the work is done.
class SealedAhead
{
public:
    // For the scope of one store: the Sealings of `database` take values from `ahead`.
    class Use
    {
    public:
        Use(const Database& database, const SealedAhead& ahead);
        ~Use();
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;

    private:
        const Database& m_database;
    };

    qsizetype size() const { return m_values.size(); }

private:
    friend class Sealing;
    enum class Kind
    {
        Sealed, // Sealing::text() or bytes()
        Hashed  // Sealing::addressHash() or valueHash(), of the normalised value
    };
    struct Value
    {
        Kind kind;
        const char* column;
        QString text;     // the plain text, or what was hashed
        QByteArray bytes; // the plain bytes (Sealing::bytes())
        QVariant stored;
    };
    const QVariant* find(Kind kind, const char* column, const QString& text, const QByteArray& bytes) const;

    // What sealed them: values are taken only by a Sealing of a database with this very sealer (the database holds
    // it for as long as it is open).
    const crypto::Sealer* m_sealer = nullptr;
    QVector<Value> m_values;
};

// What a repository uses to seal a sensitive column on its way into SQLite and open it on the way out. With a
// profile that has no data key (tests that open a database directly, a profile not sealed yet) values pass through
// as they are. Empty values stay empty (the schema compares with '').
//
// Opening never throws and never crashes on a damaged value: the value reads as empty and the first failure is
// kept, so the repository can refuse the whole read with failure("an applicant") naming the kind of record.
class Sealing
{
public:
    // Clears what tsunagu_open_text() noted on this connection before: a Sealing is made at the start of each read.
    explicit Sealing(const Database& database);
    // A Sealing of no database, for a thread that reads mail: seals with `sealer` and records every value it seals
    // or hashes into `ahead` (see SealedAhead). Opening and broken() are not for it.
    static Sealing record(const crypto::Sealer& sealer, SealedAhead& ahead);

    bool active() const { return m_sealer != nullptr; }

    QVariant text(const QString& plain, const char* column) const;
    QVariant bytes(const QByteArray& plain, const char* column) const;
    QString openText(const QVariant& stored, const char* column) const;
    QByteArray openBytes(const QVariant& stored, const char* column) const;
    // What to store for `plain`: `kept` when the caller holds `plain` already sealed under `column` by this profile
    // (a waiting mail's bytes, opened under that label), else `plain` sealed now.
    QVariant bytesAsKept(const QByteArray& plain, const QByteArray& kept, const char* column) const;
    // Whether a stored value is sealed, in either form a text column may hold.
    static bool isSealed(const QVariant& stored);

    // The keyed hash of an e-mail address (trimmed, lower-cased), for the indexed equality lookup; with no key,
    // the normalised address itself.
    QString addressHash(const QString& address, const char* column) const;
    // The keyed hash of a value already in the form it is compared in (an anonymous name, a folded Zoom name, a
    // mail's SHA-256), for a UNIQUE key or an indexed lookup; with no key, the value itself.
    QString valueHash(const QString& value, const char* column) const;

    // The SQL expression of a sealed TEXT column's plain value inside a statement, for ORDER BY and LIKE:
    // tsunagu_open_text(expression, 'column') with a key, the expression itself without one. A value that does
    // not open reads as NULL there and makes broken() true once the statement has run.
    QString sqlOpened(const QString& expression, const char* column) const;

    // Also true when tsunagu_open_text() met a value it could not open on this connection since construction.
    bool broken() const;
    // StoreError::SealBroken naming the record kind and the column (never the value).
    StoreFailure failure(const QString& recordKind) const;
    // The same for a value opened without a Sealing (a waiting mail, on a reading thread).
    static StoreFailure failure(const QString& recordKind, const QString& column);

private:
    Sealing(const crypto::Sealer& sealer, SealedAhead& ahead);
    void noteBroken(const char* column) const;
    QString hashOf(const QString& normalised, const char* column) const;
    // The value sealed ahead for this column and plain value, or null.
    const QVariant* ahead(SealedAhead::Kind kind, const char* column, const QString& text,
                          const QByteArray& bytes = {}) const;
    QVariant recorded(SealedAhead::Kind kind, const char* column, const QString& text, const QByteArray& bytes,
                      QVariant stored) const;

    const Database* m_database;
    const crypto::Sealer* m_sealer;
    const SealedAhead* m_ahead = nullptr; // values to take (a Sealing of a database during SealedAhead::Use)
    SealedAhead* m_record = nullptr;      // where a recording Sealing puts what it seals
    mutable QString m_brokenColumn;
};

namespace sql {

// Registers tsunagu_open_text(value, column) on the connection `database` holds: the plain text of a value sealed
// under that column name, opened with the sealer the database has at the moment of the call; a value that is not
// sealed (a plain profile, a NULL, a number) comes back as it is; a sealed value that does not open gives NULL and
// is noted on the database (Database::noteUnopened). The value is opened in memory for the statement and never
// logged. Deterministic, and allowed only in statements (SQLITE_DIRECTONLY): never in a trigger, a view or an index,
// where SQLite could write what it returns to the file.
StoreResult<Done> registerOpenText(const QSqlDatabase& db, const Database& database);

} // namespace sql

} // namespace tsunagu
