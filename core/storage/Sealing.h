// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/StoreError.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace tsunagu {

// What a repository uses to seal a sensitive column on its way into SQLite and open it on the way out. With a
// profile that has no data key (tests that open a database directly, a profile not sealed yet) values pass through
// as they are. Empty values stay empty (the schema compares with '').
//
// Opening never throws and never crashes on a damaged value: the value reads as empty and the first failure is
// kept, so the repository can refuse the whole read with failure("an applicant") naming the kind of record.
class Sealing
{
public:
    explicit Sealing(const Database& database)
        : m_sealer(database.sealer())
    {}

    bool active() const { return m_sealer != nullptr; }

    QVariant text(const QString& plain, const char* column) const;
    QVariant bytes(const QByteArray& plain, const char* column) const;
    QString openText(const QVariant& stored, const char* column) const;
    QByteArray openBytes(const QVariant& stored, const char* column) const;

    // The keyed hash of an e-mail address (trimmed, lower-cased), for the indexed equality lookup; with no key,
    // the normalised address itself.
    QString addressHash(const QString& address, const char* column) const;
    // The keyed hash of a value already in the form it is compared in (an anonymous name, a folded Zoom name, a
    // mail's SHA-256), for a UNIQUE key or an indexed lookup; with no key, the value itself.
    QString valueHash(const QString& value, const char* column) const;

    bool broken() const { return !m_brokenColumn.isEmpty(); }
    // StoreError::SealBroken naming the record kind and the column (never the value).
    StoreFailure failure(const QString& recordKind) const;

private:
    const crypto::Sealer* m_sealer;
    mutable QString m_brokenColumn;
};

} // namespace tsunagu
