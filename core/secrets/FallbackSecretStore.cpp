// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/FallbackSecretStore.h"

namespace tsunagu {

void FallbackSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    if (m_session.contains(key)) {
        m_session.read(key, context, std::move(done));
        return;
    }
    m_primary.read(key, context, std::move(done));
}

void FallbackSecretStore::write(const QString& key, const QString& secret, QObject* context, WriteCallback done)
{
    m_primary.write(key, secret, context,
                    [this, key, secret, context, done = std::move(done)](const Result<SecretLocation, SecretError>& r) {
                        if (r.ok()) {
                            // The keychain has the new password; an older session copy must not shadow it.
                            m_session.remove(key, context, [](const std::optional<SecretFailure>&) {});
                            done(r);
                            return;
                        }
                        // Denied is the host's own answer in a keychain prompt: respected, not worked around.
                        if (r.error().code == SecretError::Denied) {
                            done(r);
                            return;
                        }
                        m_session.write(key, secret, context, done);
                    });
}

void FallbackSecretStore::remove(const QString& key, QObject* context, RemoveCallback done)
{
    m_session.remove(key, context, [](const std::optional<SecretFailure>&) {});
    m_primary.remove(key, context, [done = std::move(done)](const std::optional<SecretFailure>& failure) {
        // With no keychain there is nothing kept there to remove.
        if (failure && failure->code == SecretError::Unavailable)
            done(std::nullopt);
        else
            done(failure);
    });
}

} // namespace tsunagu
