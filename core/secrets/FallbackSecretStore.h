// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SessionSecretStore.h"

namespace tsunagu {

// The keychain first; when it is unavailable or fails, the password is kept for this session only and the
// write says so (SecretLocation::SessionOnly), so the UI can tell the host it will be asked again next time.
// Reads look in the session first: a password typed in this session wins over an older one in the keychain.
class FallbackSecretStore final : public SecretStore
{
public:
    explicit FallbackSecretStore(SecretStore& primary)
        : m_primary(primary)
    {}

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback done) override;
    void remove(const QString& key, QObject* context, RemoveCallback done) override;

    // The password of this key is only in memory.
    bool isSessionOnly(const QString& key) const { return m_session.contains(key); }

private:
    SecretStore& m_primary;
    SessionSecretStore m_session;
};

} // namespace tsunagu
