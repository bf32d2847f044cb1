// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/DataKey.h"

#include <QByteArray>
#include <QString>

namespace tsunagu::crypto {

// Seals values before they reach the database and opens them again: XChaCha20-Poly1305-IETF with a fresh random
// 192-bit nonce per value, and the column's name ("applicants.introduction") as associated data, so a sealed value
// copied into another column, or changed in one bit, does not open. Two subkeys are derived from the data key
// with crypto_kdf: one seals, the other keys the hash used for equality lookups.
//
// A sealed value carries a versioned prefix so that values written before sealing (plain text of an older
// profile) are recognised and read as they are:
//   bytes: "TSs\x01" | nonce (24) | ciphertext and tag (16), stored as a BLOB. Text is sealed this way too, as its
//          UTF-8 bytes, from schema version 21 on.
//   text:  "tss1:" | base64url(nonce | ciphertext and tag), stored as TEXT. What profiles sealed before schema
//          version 21 hold in their text columns; still opened, no longer written by the program.
class Sealer
{
public:
    enum class Opened
    {
        Plain,   // no prefix: a legacy value, returned as it was
        Sealed,  // opened and authentic
        Tampered // the prefix is there but the value does not open with this key for this column
    };

    explicit Sealer(const DataKey& key);
    Sealer(const Sealer&) = delete;
    Sealer& operator=(const Sealer&) = delete;
    ~Sealer();

    bool isValid() const { return m_sealKey != nullptr; }

    QByteArray sealBytes(const QByteArray& plain, const char* column) const;
    Opened openBytes(const QByteArray& stored, const char* column, QByteArray& plain) const;
    QString sealText(const QString& plain, const char* column) const;
    Opened openText(const QString& stored, const char* column, QString& plain) const;

    // A keyed hash (BLAKE2b, 32 bytes, keyed with the hash subkey) of an already normalised value, with the column
    // name mixed in, as lowercase hex: equal values of one column give equal hashes, and nothing else about them
    // can be learnt without the key.
    QString keyedHash(const QString& normalised, const char* column) const;

    static bool isSealedBytes(const QByteArray& stored);
    // Whether `stored` has the form and the size of `plainSize` bytes sealed by sealBytes() (not whether it opens).
    static bool isSealedBytesOf(const QByteArray& stored, qsizetype plainSize);
    static bool isSealedText(const QString& stored);
    // The form an e-mail address is compared in: trimmed and lower-cased.
    static QString normaliseAddress(const QString& address);

private:
    unsigned char* m_sealKey = nullptr;
    unsigned char* m_hashKey = nullptr;
};

} // namespace tsunagu::crypto
