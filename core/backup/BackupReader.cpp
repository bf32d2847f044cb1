// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupReader.h"

#include "backup/BackupLog.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QtEndian>

#include <sodium.h>

namespace tsunagu {
namespace {

constexpr qint64 s_maxRecord = BackupHeader::s_chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES;

class Decryptor
{
public:
    explicit Decryptor(QFile& in)
        : m_in(in)
    {}
    ~Decryptor()
    {
        sodium_memzero(&m_state, sizeof m_state);
        if (!m_plain.isEmpty())
            sodium_memzero(m_plain.data(), size_t(m_plain.size()));
    }

    bool start(const BackupHeader& header, const QByteArray& key)
    {
        return crypto_secretstream_xchacha20poly1305_init_pull(
                   &m_state, reinterpret_cast<const unsigned char*>(header.streamHeader.constData()),
                   reinterpret_cast<const unsigned char*>(key.constData())) == 0;
    }

    // The next record's plain text into plain(); its tag into `final`.
    BackupResult<bool> next(const QByteArray& additional)
    {
        char lengthBytes[4];
        const qint64 got = m_in.read(lengthBytes, 4);
        if (got < 0)
            return BackupFailure{BackupError::CannotRead, m_in.errorString()};
        if (got < 4)
            return BackupFailure{BackupError::Truncated, QStringLiteral("ends before the last record")};
        const quint32 length = qFromBigEndian<quint32>(lengthBytes);
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > s_maxRecord)
            return BackupFailure{BackupError::Damaged, QStringLiteral("record length %1").arg(length)};
        m_cipher.resize(qsizetype(length));
        const qint64 read = m_in.read(m_cipher.data(), length);
        if (read < 0)
            return BackupFailure{BackupError::CannotRead, m_in.errorString()};
        if (read < qint64(length))
            return BackupFailure{BackupError::Truncated, QStringLiteral("record cut short")};
        m_plain.resize(qsizetype(length - crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &m_state, reinterpret_cast<unsigned char*>(m_plain.data()), &plainLength, &tag,
                reinterpret_cast<const unsigned char*>(m_cipher.constData()), length,
                additional.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(additional.constData()),
                size_t(additional.size())) != 0)
            return BackupFailure{BackupError::Damaged, QStringLiteral("record %1 fails its tag").arg(m_records)};
        ++m_records;
        m_plain.resize(qsizetype(plainLength));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return true;
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return BackupFailure{BackupError::Damaged, QStringLiteral("unknown record tag")};
        return false;
    }

    const QByteArray& plain() const { return m_plain; }

private:
    QFile& m_in;
    crypto_secretstream_xchacha20poly1305_state m_state;
    QByteArray m_cipher;
    QByteArray m_plain;
    int m_records = 0;
};

} // namespace

BackupResult<BackupHeader> BackupReader::readHeader(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return BackupFailure{BackupError::CannotRead, in.errorString()};
    auto header = BackupHeader::decode(in.read(BackupHeader::s_size));
    if (!header)
        return header.error();
    if (int(header->schemaVersion) > Migrations::latestVersion()) {
        return BackupFailure{BackupError::NewerSchema, QStringLiteral("schema version %1, this build knows up to %2")
                                                           .arg(header->schemaVersion)
                                                           .arg(Migrations::latestVersion())};
    }
    return header;
}

BackupResult<QByteArray> BackupReader::decrypt(const QString& path, const QByteArray& passphrase, const QString& target)
{
    if (!backupcrypto::start())
        return BackupFailure{BackupError::NoSodium, QStringLiteral("sodium_init")};
    auto header = readHeader(path);
    if (!header)
        return header.error();
    QByteArray key = backupcrypto::deriveKey(passphrase, header.value());
    if (key.isEmpty())
        return BackupFailure{BackupError::StoreProblem, QStringLiteral("key derivation: out of memory")};
    if (backupcrypto::keyCheck(key, header.value()) != header->keyCheck) {
        backupcrypto::wipe(key);
        return BackupFailure{BackupError::WrongPassphrase, QStringLiteral("key check differs")};
    }

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(BackupHeader::s_size)) {
        backupcrypto::wipe(key);
        return BackupFailure{BackupError::CannotRead, in.errorString()};
    }
    Decryptor decryptor(in);
    const bool started = decryptor.start(header.value(), key);
    backupcrypto::wipe(key);
    if (!started)
        return BackupFailure{BackupError::Damaged, QStringLiteral("stream header")};

    QFile out(target);
    if (out.exists() || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return BackupFailure{BackupError::CannotWrite, out.errorString()};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto fail = [&out](BackupFailure failure) {
        out.close();
        out.remove();
        qCInfo(lcBackup) << "restore stopped:" << failure.detail;
        return failure;
    };

    auto blobRecord = decryptor.next(header->encode());
    if (!blobRecord)
        return fail(blobRecord.error());
    if (blobRecord.value())
        return fail(BackupFailure{BackupError::Damaged, QStringLiteral("no store after the key blob")});
    const QByteArray keyBlob = decryptor.plain();
    for (;;) {
        auto record = decryptor.next({});
        if (!record)
            return fail(record.error());
        if (out.write(decryptor.plain()) != decryptor.plain().size()) {
            return fail(BackupFailure{out.error() == QFileDevice::ResourceError ? BackupError::DiskFull
                                                                                : BackupError::CannotWrite,
                                      out.errorString()});
        }
        if (record.value())
            break;
    }
    if (!in.atEnd())
        return fail(BackupFailure{BackupError::Damaged, QStringLiteral("bytes after the last record")});
    if (!out.flush())
        return fail(BackupFailure{BackupError::CannotWrite, out.errorString()});
    out.close();
    return keyBlob;
}

} // namespace tsunagu
