// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupError.h"

#include <QByteArray>
#include <QDateTime>

#include <cstdint>

namespace tsunagu {

// The layout of a backup file, version 1 (all integers big-endian):
//
//   header (124 bytes)
//     magic "TSUNAGU-BACKUP\0\n" (16) · format version u16 · flags u16 (0) · schema version u32 · KDF id u8
//     (2 = Argon2id v1.3) · reserved (3) · opslimit u64 · memlimit u64 · salt (16) · secretstream header (24) ·
//     created, ms since the epoch UTC u64 · checksum (16) · key check (16)
//   records, each: length u32 · crypto_secretstream_xchacha20poly1305 ciphertext of at most 1 MiB of plain text
//     the first record: the key blob the caller gave (opaque, may be empty), with the header as additional data
//     then the store, in order; the last record carries TAG_FINAL and nothing may follow it
//
// The checksum (unkeyed BLAKE2b of the fields before it) tells a damaged header from a wrong passphrase; the key
// check (BLAKE2b keyed with the derived key) tells a wrong passphrase before any record is read. The schema version
// is in clear so that a backup from a newer Tsunagu is named as such before a passphrase is asked for.
struct BackupHeader
{
    static constexpr int s_size = 124;
    static constexpr int s_fieldsSize = 92;
    static constexpr quint16 s_formatVersion = 1;
    static constexpr int s_saltSize = 16;
    static constexpr int s_streamHeaderSize = 24;
    static constexpr int s_checkSize = 16;
    static constexpr qint64 s_chunkSize = 1 << 20;
    static constexpr qint64 s_maxKeyBlob = 1 << 16;
    // A header asking for more memory than this is not one we wrote: refused rather than allocated.
    static constexpr quint64 s_maxMemLimit = quint64(1) << 30;

    quint16 formatVersion = s_formatVersion;
    quint32 schemaVersion = 0;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;
    QByteArray streamHeader;
    QDateTime created;
    QByteArray keyCheck;

    // The header's bytes (fields, checksum, key check).
    QByteArray encode() const;
    // Reads the first s_size bytes: NotABackup, NewerFormat or Damaged when they cannot be a header we can read.
    static BackupResult<BackupHeader> decode(const QByteArray& bytes);
    QByteArray fields() const;
};

// Argon2id parameters for a new backup: about half a second on a current PC, 64 MiB of memory.
struct KdfParameters
{
    quint64 opsLimit = 3;
    quint64 memLimit = quint64(64) << 20;
};

namespace backupcrypto {

// sodium_init(); false when libsodium cannot start.
bool start();
// The 32-byte stream key from the passphrase and the header's salt and parameters; empty when out of memory.
QByteArray deriveKey(const QByteArray& passphrase, const BackupHeader& header);
// The key check for a header with this key.
QByteArray keyCheck(const QByteArray& key, const BackupHeader& header);
// Overwrites the bytes (keys, passphrases) before they are freed.
void wipe(QByteArray& bytes);

} // namespace backupcrypto

} // namespace tsunagu
