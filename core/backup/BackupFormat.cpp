// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupFormat.h"

#include <QtEndian>

#include <sodium.h>

namespace tsunagu {
namespace {

constexpr char s_magic[] = "TSUNAGU-BACKUP\0\n"; // 16 bytes without the terminating zero
constexpr int s_magicSize = 16;
constexpr quint8 s_kdfArgon2id13 = 2;
constexpr char s_checkContext[] = "tsunagu backup key check v1";

template <typename T>
void append(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T>
T take(const QByteArray& in, int& at)
{
    const T value = qFromBigEndian<T>(in.constData() + at);
    at += int(sizeof(T));
    return value;
}

QByteArray blake2b(const QByteArray& message, const QByteArray& key)
{
    QByteArray out(BackupHeader::s_checkSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
                       key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(key.constData()),
                       size_t(key.size()));
    return out;
}

} // namespace

QByteArray BackupHeader::fields() const
{
    QByteArray out;
    out.reserve(s_size);
    out.append(s_magic, s_magicSize);
    append<quint16>(out, formatVersion);
    append<quint16>(out, 0);
    append<quint32>(out, schemaVersion);
    append<quint8>(out, s_kdfArgon2id13);
    out.append(3, '\0');
    append<quint64>(out, opsLimit);
    append<quint64>(out, memLimit);
    out.append(salt);
    out.append(streamHeader);
    append<quint64>(out, quint64(created.toMSecsSinceEpoch()));
    Q_ASSERT(out.size() == s_fieldsSize);
    return out;
}

QByteArray BackupHeader::encode() const
{
    const QByteArray head = fields();
    return head + blake2b(head, {}) + keyCheck;
}

BackupResult<BackupHeader> BackupHeader::decode(const QByteArray& bytes)
{
    if (bytes.size() < s_magicSize || bytes.left(s_magicSize) != QByteArray(s_magic, s_magicSize))
        return BackupFailure{BackupError::NotABackup, QStringLiteral("no backup magic")};
    if (bytes.size() < s_size)
        return BackupFailure{BackupError::Truncated, QStringLiteral("header cut short")};
    BackupHeader header;
    int at = s_magicSize;
    // The version first: a newer format may lay out (and check) its header differently.
    header.formatVersion = take<quint16>(bytes, at);
    if (header.formatVersion > s_formatVersion)
        return BackupFailure{BackupError::NewerFormat, QStringLiteral("format %1").arg(header.formatVersion)};
    if (blake2b(bytes.left(s_fieldsSize), {}) != bytes.mid(s_fieldsSize, s_checkSize))
        return BackupFailure{BackupError::Damaged, QStringLiteral("header checksum")};
    if (header.formatVersion == 0 || take<quint16>(bytes, at) != 0)
        return BackupFailure{BackupError::Damaged, QStringLiteral("format or flags")};
    header.schemaVersion = take<quint32>(bytes, at);
    const quint8 kdf = take<quint8>(bytes, at);
    at += 3;
    header.opsLimit = take<quint64>(bytes, at);
    header.memLimit = take<quint64>(bytes, at);
    if (kdf != s_kdfArgon2id13 || header.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        header.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE * 4 || header.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
        header.memLimit > s_maxMemLimit)
        return BackupFailure{BackupError::Damaged, QStringLiteral("key derivation parameters")};
    header.salt = bytes.mid(at, s_saltSize);
    at += s_saltSize;
    header.streamHeader = bytes.mid(at, s_streamHeaderSize);
    at += s_streamHeaderSize;
    header.created = QDateTime::fromMSecsSinceEpoch(qint64(take<quint64>(bytes, at)), Qt::UTC);
    header.keyCheck = bytes.mid(s_fieldsSize + s_checkSize, s_checkSize);
    return header;
}

namespace backupcrypto {

static_assert(BackupHeader::s_saltSize == crypto_pwhash_SALTBYTES, "salt size");
static_assert(BackupHeader::s_streamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES, "stream header");

bool start()
{
    return sodium_init() >= 0;
}

QByteArray deriveKey(const QByteArray& passphrase, const BackupHeader& header)
{
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()), passphrase.constData(),
                      size_t(passphrase.size()), reinterpret_cast<const unsigned char*>(header.salt.constData()),
                      header.opsLimit, size_t(header.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        wipe(key);
        return {};
    }
    return key;
}

QByteArray keyCheck(const QByteArray& key, const BackupHeader& header)
{
    return blake2b(QByteArray(s_checkContext) + header.fields(), key);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace backupcrypto

} // namespace tsunagu
