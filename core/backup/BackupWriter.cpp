// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupWriter.h"

#include "backup/BackupLog.h"
#include "storage/ScratchFolder.h"
#include "storage/StoreSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace tsunagu {
namespace {

BackupFailure writeFailure(const QSaveFile& file)
{
    // Qt reports ENOSPC (and a full quota) as a resource error.
    return BackupFailure{file.error() == QFileDevice::ResourceError ? BackupError::DiskFull : BackupError::CannotWrite,
                         file.errorString()};
}

class Encryptor
{
public:
    explicit Encryptor(QSaveFile& out)
        : m_out(out)
    {}
    ~Encryptor() { sodium_memzero(&m_state, sizeof m_state); }

    QByteArray start(const QByteArray& key)
    {
        QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_init_push(&m_state, reinterpret_cast<unsigned char*>(header.data()),
                                                        reinterpret_cast<const unsigned char*>(key.constData()));
        return header;
    }

    bool push(const QByteArray& plain, const QByteArray& additional, bool last)
    {
        m_buffer.resize(4 + plain.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &m_state, reinterpret_cast<unsigned char*>(m_buffer.data()) + 4, &length,
            reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()),
            additional.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(additional.constData()),
            size_t(additional.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        qToBigEndian(quint32(length), m_buffer.data());
        return m_out.write(m_buffer.constData(), qint64(4 + length)) == qint64(4 + length);
    }

private:
    QSaveFile& m_out;
    crypto_secretstream_xchacha20poly1305_state m_state;
    QByteArray m_buffer;
};

} // namespace

BackupResult<BackupSummary> BackupWriter::write(const BackupRequest& request)
{
    if (!backupcrypto::start())
        return BackupFailure{BackupError::NoSodium, QStringLiteral("sodium_init")};
    if (request.keyBlob.size() > BackupHeader::s_maxKeyBlob)
        return BackupFailure{BackupError::StoreProblem, QStringLiteral("key blob too large")};

    // The snapshot is as private as the store itself: beside it, in a folder only we can read, removed on return.
    // One that a crashed backup left behind (with a whole copy of the store) goes first.
    const QFileInfo store(request.databasePath);
    ScratchFolder::removeStale(store.absolutePath());
    ScratchFolder scratch(store.absolutePath(), QStringLiteral("backup"));
    if (!scratch.isValid())
        return BackupFailure{BackupError::StoreProblem, scratch.errorString()};
    const QString snapshotPath = scratch.filePath(QStringLiteral("store.sqlite"));
    if (auto made = StoreSnapshot::write(request.databasePath, snapshotPath); !made)
        return BackupFailure{BackupError::StoreProblem, made.error().detail};
    auto checked = StoreSnapshot::check(snapshotPath);
    if (!checked)
        return BackupFailure{BackupError::StoreProblem, checked.error().detail};
    qCInfo(lcBackup) << "snapshot made, schema version" << checked.value();

    QFile snapshot(snapshotPath);
    if (!snapshot.open(QIODevice::ReadOnly))
        return BackupFailure{BackupError::StoreProblem, snapshot.errorString()};

    BackupHeader header;
    header.schemaVersion = quint32(checked.value());
    header.opsLimit = request.kdf.opsLimit;
    header.memLimit = request.kdf.memLimit;
    header.salt = QByteArray(BackupHeader::s_saltSize, Qt::Uninitialized);
    randombytes_buf(header.salt.data(), size_t(header.salt.size()));
    header.created = request.now.toUTC();
    QByteArray key = backupcrypto::deriveKey(request.passphrase, header);
    if (key.isEmpty())
        return BackupFailure{BackupError::StoreProblem, QStringLiteral("key derivation: out of memory")};

    QSaveFile out(request.target);
    if (!out.open(QIODevice::WriteOnly)) {
        backupcrypto::wipe(key);
        return writeFailure(out);
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Encryptor encryptor(out);
    header.streamHeader = encryptor.start(key);
    header.keyCheck = backupcrypto::keyCheck(key, header);
    backupcrypto::wipe(key);
    const QByteArray headerBytes = header.encode();
    if (out.write(headerBytes) != headerBytes.size() || !encryptor.push(request.keyBlob, headerBytes, false))
        return writeFailure(out);

    qint64 remaining = snapshot.size();
    do {
        const QByteArray chunk = snapshot.read(qMin(remaining, BackupHeader::s_chunkSize));
        if (chunk.size() != qMin(remaining, BackupHeader::s_chunkSize))
            return BackupFailure{BackupError::StoreProblem, snapshot.errorString()};
        remaining -= chunk.size();
        if (!encryptor.push(chunk, {}, remaining == 0))
            return writeFailure(out);
    } while (remaining > 0);
    if (!out.commit())
        return writeFailure(out);
    if (!QFile::setPermissions(request.target, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcBackup) << "the backup file's permissions could not be narrowed";
    qCInfo(lcBackup) << "backup written," << QFileInfo(request.target).size() << "bytes";
    return BackupSummary{QFileInfo(request.target).size(), checked.value()};
}

} // namespace tsunagu
