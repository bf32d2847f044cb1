// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SessionSecretStore.h"

#include <QTimer>

namespace tsunagu {

// Answers go through the event loop like a keychain's would, so callers never see a callback inside the call.

void SessionSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    const auto found = m_secrets.constFind(key);
    Result<QString, SecretError> result = found != m_secrets.constEnd()
                                              ? Result<QString, SecretError>(*found)
                                              : Result<QString, SecretError>(SecretFailure{SecretError::NotFound, {}});
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void SessionSecretStore::write(const QString& key, const QString& secret, QObject* context, WriteCallback done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(SecretLocation::SessionOnly); });
}

void SessionSecretStore::remove(const QString& key, QObject* context, RemoveCallback done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(std::nullopt); });
}

} // namespace tsunagu
