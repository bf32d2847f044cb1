// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

namespace tsunagu {

// The operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). QtKeychain's own insecure fallback (a plain file) is switched off: without a keychain every
// call fails fast with SecretError::Unavailable and the caller decides (FallbackSecretStore).
class KeychainSecretStore final : public SecretStore
{
public:
    // Entries are stored under this service name, one per key.
    explicit KeychainSecretStore(QString service = QStringLiteral("Tsunagu"))
        : m_service(std::move(service))
    {}

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback done) override;
    void remove(const QString& key, QObject* context, RemoveCallback done) override;

private:
    QString m_service;
};

} // namespace tsunagu
