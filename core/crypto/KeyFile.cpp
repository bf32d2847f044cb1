// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeyFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace tsunagu::crypto {

namespace {

constexpr char s_wrapContext[] = "tsunagu data key v1";
constexpr int s_fileFormat = 1;

QString base64(const unsigned char* data, std::size_t size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(data), int(size)).toBase64());
}

QByteArray fromBase64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

// The key-encryption key from a passphrase, in secure memory (null when Argon2id fails: out of memory).
unsigned char* deriveKek(const QString& passphrase, const unsigned char* salt, const KdfCost& cost)
{
    const QByteArray secret = passphrase.toUtf8();
    auto* kek = static_cast<unsigned char*>(sodium_malloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES));
    if (!kek)
        return nullptr;
    if (crypto_pwhash(kek, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, secret.constData(), secret.size(), salt,
                      cost.opslimit, cost.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        sodium_free(kek);
        return nullptr;
    }
    return kek;
}

} // namespace

KdfCost KdfCost::measured()
{
    if (qEnvironmentVariableIntValue(s_testWeakKdfVariable) == 1)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    static const KdfCost cost = [] {
        KdfCost probe{1, crypto_pwhash_MEMLIMIT_INTERACTIVE}; // 64 MiB
        if (!sodiumReady())
            return probe;
        unsigned char out[32];
        unsigned char salt[crypto_pwhash_SALTBYTES] = {};
        // Seconds for one derivation of `passes` passes (negative when Argon2id fails: out of memory).
        const auto timed = [&](unsigned long long passes) {
            QElapsedTimer timer;
            timer.start();
            if (crypto_pwhash(out, sizeof out, "probe", 5, salt, passes, probe.memlimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
                return -1.0;
            return std::max<qint64>(1, timer.nsecsElapsed()) / 1e9;
        };
        // Each derivation first allocates and touches its 64 MiB, which costs about as much as several passes:
        // one pass and two passes tell that fixed part and the price of a pass apart.
        const double one = timed(1);
        const double two = timed(2);
        if (one < 0 || two < 0)
            return KdfCost{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
        // A noisy pair (the second faster than the first) must not ask for many passes: a pass costs at least an
        // eighth of a one-pass derivation.
        const double perPass = std::max(two - one, one / 8);
        const double fixed = std::max(one - perPass, 0.0);
        // At least one pass over 64 MiB (above OWASP's minimum for Argon2id, 46 MiB with one pass), so a slow or
        // busy computer still opens in about half a second; at most 16 passes.
        const auto passes = static_cast<unsigned long long>(std::max(0.0, 0.5 - fixed) / perPass);
        probe.opslimit = std::clamp<unsigned long long>(passes, 1, 16);
        sodium_memzero(out, sizeof out);
        return probe;
    }();
    return cost;
}

QJsonObject wrapKey(const DataKey& key, const QString& passphrase, const KdfCost& cost)
{
    if (!sodiumReady() || key.isNull())
        return {};
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    unsigned char* kek = deriveKek(passphrase, salt, cost);
    if (!kek)
        return {};
    unsigned char wrapped[DataKey::s_size + crypto_aead_xchacha20poly1305_ietf_ABYTES];
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(wrapped, &written, key.bytes(), DataKey::s_size,
                                               reinterpret_cast<const unsigned char*>(s_wrapContext),
                                               std::strlen(s_wrapContext), nullptr, nonce, kek);
    sodium_free(kek);
    return QJsonObject{
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},  {QStringLiteral("opslimit"), double(cost.opslimit)},
        {QStringLiteral("memlimit"), double(cost.memlimit)},    {QStringLiteral("salt"), base64(salt, sizeof salt)},
        {QStringLiteral("nonce"), base64(nonce, sizeof nonce)}, {QStringLiteral("wrapped"), base64(wrapped, written)}};
}

KeyResult<DataKey> unwrapKey(const QJsonObject& wrapped, const QString& passphrase)
{
    if (!sodiumReady())
        return KeyFailure{KeyError::Unavailable, QStringLiteral("libsodium is not ready")};
    if (passphrase.isEmpty())
        return KeyFailure{KeyError::PassphraseNeeded, {}};
    const QByteArray salt = fromBase64(wrapped.value(QStringLiteral("salt")));
    const QByteArray nonce = fromBase64(wrapped.value(QStringLiteral("nonce")));
    const QByteArray sealed = fromBase64(wrapped.value(QStringLiteral("wrapped")));
    const KdfCost cost{static_cast<unsigned long long>(wrapped.value(QStringLiteral("opslimit")).toDouble()),
                       static_cast<std::size_t>(wrapped.value(QStringLiteral("memlimit")).toDouble())};
    if (wrapped.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13") ||
        salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        sealed.size() != int(DataKey::s_size + crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        cost.opslimit < crypto_pwhash_OPSLIMIT_MIN || cost.opslimit > crypto_pwhash_OPSLIMIT_MAX ||
        cost.memlimit < crypto_pwhash_MEMLIMIT_MIN || cost.memlimit > (std::size_t(4) << 30))
        return KeyFailure{KeyError::Damaged, QStringLiteral("the wrapped key is incomplete")};
    unsigned char* kek = deriveKek(passphrase, reinterpret_cast<const unsigned char*>(salt.constData()), cost);
    if (!kek)
        return KeyFailure{KeyError::Unavailable, QStringLiteral("not enough memory for the key derivation")};
    auto* plain = static_cast<unsigned char*>(sodium_malloc(DataKey::s_size));
    unsigned long long written = 0;
    const int result = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plain, &written, nullptr, reinterpret_cast<const unsigned char*>(sealed.constData()), sealed.size(),
        reinterpret_cast<const unsigned char*>(s_wrapContext), std::strlen(s_wrapContext),
        reinterpret_cast<const unsigned char*>(nonce.constData()), kek);
    sodium_free(kek);
    if (result != 0) {
        sodium_free(plain);
        return KeyFailure{KeyError::WrongPassphrase, {}};
    }
    DataKey key = DataKey::fromBytes(plain, written);
    sodium_free(plain);
    return key;
}

QByteArray exportKey(const DataKey& key, const QString& passphrase)
{
    QJsonObject wrapped = wrapKey(key, passphrase, KdfCost::measured());
    if (wrapped.isEmpty())
        return {};
    wrapped.insert(QStringLiteral("export"), s_fileFormat);
    return QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
}

KeyResult<DataKey> importKey(const QByteArray& exported, const QString& passphrase)
{
    const QJsonDocument document = QJsonDocument::fromJson(exported);
    if (!document.isObject() || document.object().value(QStringLiteral("export")).toInt() != s_fileFormat)
        return KeyFailure{KeyError::Damaged, QStringLiteral("not an exported Tsunagu key")};
    return unwrapKey(document.object(), passphrase);
}

QString newKeychainEntry(const QString& profileDirectory)
{
    if (!sodiumReady())
        return {};
    const QByteArray path = QDir(profileDirectory).absolutePath().toUtf8();
    unsigned char pathHash[8];
    crypto_generichash(pathHash, sizeof pathHash, reinterpret_cast<const unsigned char*>(path.constData()),
                       std::size_t(path.size()), nullptr, 0);
    unsigned char id[8];
    randombytes_buf(id, sizeof id);
    const auto hex = [](const unsigned char* bytes, std::size_t size) {
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), int(size)).toHex());
    };
    return QStringLiteral("data-key:") + hex(pathHash, sizeof pathHash) + QLatin1Char(':') + hex(id, sizeof id);
}

QString keychainSecret(const DataKey& key)
{
    if (key.isNull())
        return {};
    return base64(key.bytes(), DataKey::s_size);
}

DataKey keyFromKeychainSecret(const QString& secret)
{
    QByteArray bytes = QByteArray::fromBase64(secret.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    DataKey key =
        DataKey::fromBytes(reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    return key;
}

QByteArray keyCheck(const DataKey& key)
{
    if (!sodiumReady() || key.isNull())
        return {};
    static constexpr char s_text[] = "tsunagu key check v1";
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(s_text), std::strlen(s_text),
                       key.bytes(), DataKey::s_size);
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out);
}

KeyResult<KeyFile> KeyFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return KeyFailure{KeyError::NoKey, {}};
    if (!file.open(QIODevice::ReadOnly))
        return KeyFailure{KeyError::Damaged, file.errorString()};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024));
    const QJsonObject root = document.object();
    KeyFile key;
    key.m_path = path;
    key.m_check = fromBase64(root.value(QStringLiteral("check")));
    key.m_passphrase = root.value(QStringLiteral("passphrase")).toObject();
    key.m_keychainName = root.value(QStringLiteral("keychain")).toString();
    if (root.value(QStringLiteral("format")).toInt() != s_fileFormat || key.m_check.size() != 16)
        return KeyFailure{KeyError::Damaged, QStringLiteral("the key file is incomplete")};
    return key;
}

KeyFile KeyFile::create(const QString& path, const DataKey& key)
{
    KeyFile file;
    file.m_path = path;
    file.m_check = keyCheck(key);
    return file;
}

KeyResult<DataKey> KeyFile::unlock(const QString& passphrase) const
{
    if (opensWithKeychain())
        return KeyFailure{KeyError::KeychainKeyMissing, QStringLiteral("the key is kept in the keychain")};
    if (!hasPassphrase())
        return KeyFailure{KeyError::PassphraseNeeded, QStringLiteral("no passphrase is set for this profile")};
    auto key = unwrapKey(m_passphrase, passphrase);
    if (key && !belongsTo(key.value()))
        return KeyFailure{KeyError::Damaged, QStringLiteral("the unwrapped key is not this profile's")};
    return key;
}

KeyResult<DataKey> KeyFile::accept(const DataKey& key) const
{
    if (!belongsTo(key))
        return KeyFailure{KeyError::KeychainKeyMissing, QStringLiteral("the key given is not this profile's")};
    DataKey copy = key.clone();
    if (copy.isNull())
        return KeyFailure{KeyError::Unavailable, QStringLiteral("no secure memory for the key")};
    return copy;
}

bool KeyFile::belongsTo(const DataKey& key) const
{
    const QByteArray check = keyCheck(key);
    return check.size() == m_check.size() && !check.isEmpty() &&
           sodium_memcmp(check.constData(), m_check.constData(), size_t(check.size())) == 0;
}

bool KeyFile::checkPassphrase(const QString& passphrase, const DataKey& openKey) const
{
    auto key = unlock(passphrase);
    return key && key.value().sameAs(openKey);
}

void KeyFile::setPassphrase(const DataKey& key, const QString& passphrase, const KdfCost& cost)
{
    m_passphrase = passphrase.isEmpty() ? QJsonObject{} : wrapKey(key, passphrase, cost);
}

KeyResult<bool> KeyFile::save() const
{
    QJsonObject root{{QStringLiteral("format"), s_fileFormat},
                     {QStringLiteral("check"), QString::fromLatin1(m_check.toBase64())}};
    if (!m_passphrase.isEmpty())
        root.insert(QStringLiteral("passphrase"), m_passphrase);
    if (!m_keychainName.isEmpty())
        root.insert(QStringLiteral("keychain"), m_keychainName);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return KeyFailure{KeyError::WriteFailed, file.errorString()};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        return KeyFailure{KeyError::WriteFailed, file.errorString()};
    return true;
}

KeyResult<bool> installRestoredKey(const QString& profileDirectory, const QByteArray& exported,
                                   const QString& passphrase)
{
    const QString path = QDir(profileDirectory).filePath(QLatin1String(KeyFile::s_fileName));
    if (exported.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return KeyFailure{KeyError::WriteFailed, QStringLiteral("the old key file cannot be removed")};
        return true;
    }
    auto key = importKey(exported, passphrase);
    if (!key)
        return key.error();
    KeyFile file = KeyFile::create(path, key.value());
    file.setPassphrase(key.value(), passphrase, KdfCost::measured());
    return file.save();
}

} // namespace tsunagu::crypto
