// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainKey.h"

#include "crypto/KeyFile.h"
#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <chrono>

namespace tsunagu::app {
namespace {

constexpr std::chrono::minutes s_wait{2};

// Runs one keychain call and waits for its callback; `call` gets the context and the function that ends the wait.
template <typename Start>
bool waitFor(Start start, SecretFailure& failure)
{
    QEventLoop loop;
    bool answered = false;
    start(&loop, [&loop, &answered] {
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(s_wait, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answered)
        failure = {SecretError::Unavailable, QStringLiteral("the keychain did not answer")};
    return answered;
}

} // namespace

std::shared_ptr<const crypto::DataKey> KeychainKey::read(const QString& entry, SecretFailure& failure)
{
    KeychainSecretStore keychain;
    std::shared_ptr<const crypto::DataKey> key;
    bool found = false;
    const bool answered = waitFor(
        [&](QObject* context, auto finished) {
            keychain.read(entry, context, [&, finished](const Result<QString, SecretError>& read) {
                if (read) {
                    auto decoded = std::make_shared<crypto::DataKey>(crypto::keyFromKeychainSecret(read.value()));
                    if (!decoded->isNull()) {
                        key = std::move(decoded);
                        found = true;
                    } else {
                        failure = {SecretError::Failed, QStringLiteral("the keychain entry is not a key")};
                    }
                } else {
                    failure = read.error();
                }
                finished();
            });
        },
        failure);
    return answered && found ? key : nullptr;
}

KeychainKey::Stored KeychainKey::storeNew(const QString& directory, SecretFailure& failure)
{
    auto key = std::make_shared<crypto::DataKey>(crypto::DataKey::generate());
    const QString entry = crypto::newKeychainEntry(directory);
    if (key->isNull() || entry.isEmpty()) {
        failure = {SecretError::Failed, QStringLiteral("libsodium cannot make a key")};
        return {};
    }
    if (!write(entry, *key, failure))
        return {};
    return {std::move(key), entry};
}

bool KeychainKey::write(const QString& entry, const crypto::DataKey& key, SecretFailure& failure)
{
    KeychainSecretStore keychain;
    bool stored = false;
    const bool answered = waitFor(
        [&](QObject* context, auto finished) {
            keychain.write(entry, crypto::keychainSecret(key), context,
                           [&, finished](const Result<SecretLocation, SecretError>& written) {
                               stored = written.ok();
                               if (!written)
                                   failure = written.error();
                               finished();
                           });
        },
        failure);
    return answered && stored;
}

bool KeychainKey::remove(const QString& entry, SecretFailure& failure)
{
    KeychainSecretStore keychain;
    bool removed = false;
    const bool answered = waitFor(
        [&](QObject* context, auto finished) {
            keychain.remove(entry, context, [&, finished](const std::optional<SecretFailure>& problem) {
                removed = !problem;
                if (problem)
                    failure = *problem;
                finished();
            });
        },
        failure);
    return answered && removed;
}

} // namespace tsunagu::app
