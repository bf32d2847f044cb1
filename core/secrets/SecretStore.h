// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace tsunagu {

enum class SecretError
{
    NotFound,    // nothing is stored under the key
    Unavailable, // no keychain on this computer (no D-Bus session, no Secret Service, locked and refused)
    Denied,      // the host or the system refused access
    Failed,      // anything else; the detail says what
    SignInAgain, // an OAuth 2.0 sign-in is no longer accepted by its provider: the host must sign in again
};

using SecretFailure = Error<SecretError>;

// Where a written password ended up, so the UI can say "only for this session" when it matters.
enum class SecretLocation
{
    Keychain,    // kept by the operating system, available next time
    SessionOnly, // kept in memory until Tsunagu closes
};

// Passwords of mail accounts by key, asynchronously (a keychain may show a prompt). Callbacks always run later
// from the event loop, never inside the call, and never after `context` is destroyed. Nothing here logs a
// password.
class SecretStore
{
public:
    using ReadCallback = std::function<void(const Result<QString, SecretError>&)>;
    using WriteCallback = std::function<void(const Result<SecretLocation, SecretError>&)>;
    using RemoveCallback = std::function<void(const std::optional<SecretFailure>&)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, WriteCallback done) = 0;
    // Removing a key that is not there is a success.
    virtual void remove(const QString& key, QObject* context, RemoveCallback done) = 0;
};

} // namespace tsunagu
