// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace tsunagu {

// Passwords in memory for as long as this object lives (the session): the fallback when no keychain works.
class SessionSecretStore final : public SecretStore
{
public:
    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback done) override;
    void remove(const QString& key, QObject* context, RemoveCallback done) override;

    bool contains(const QString& key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace tsunagu
