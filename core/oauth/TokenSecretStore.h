// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "oauth/OAuthTokens.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace tsunagu {

class TokenClient;

// The secret store every mail session reads through, for OAuth 2.0 accounts too. Keys with oauthSecretKeyPrefix()
// hold a sign-in's tokens (OAuthTokens) in the store underneath; reading one answers with an access token that has
// at least five minutes left, renewing it first at the token address when needed and writing the renewed tokens
// back (a rotated refresh token replaces the old one before the access token is handed out, so a crash right
// after cannot lose it). So receiving and sending log in with tokens exactly as with a password, and never ask.
// A refresh token the provider no longer accepts answers SecretError::SignInAgain, every time, without retrying:
// only a new sign-in (storeTokens) ends it. Reads of the same key while a renewal runs wait for it (a second
// renewal with the old refresh token would fail once the provider rotates it). Every other key passes through.
class TokenSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
public:
    TokenSecretStore(SecretStore& inner, const Clock& clock, QObject* parent = nullptr);
    ~TokenSecretStore() override;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback done) override;
    void remove(const QString& key, QObject* context, RemoveCallback done) override;

    // The server refused the access token: the next read renews it whatever its expiry says.
    void renewNextRead(const QString& key) { m_renewNext.insert(key); }
    // After a sign-in: keeps the tokens under the key.
    void storeTokens(const QString& key, const OAuthTokens& tokens, QObject* context, WriteCallback done);
    // The stored tokens as they are (for showing when the sign-in was renewed), without renewing.
    void readTokens(const QString& key, QObject* context,
                    std::function<void(const Result<OAuthTokens, SecretError>&)> done);

    // The network to renew on; made on first use when none is given (commands that never renew never pay for it).
    void setNetwork(QNetworkAccessManager* network) { m_network = network; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        ReadCallback done;
    };
    void renew(const QString& key, const OAuthTokens& tokens);
    void answer(const QString& key, const Result<QString, SecretError>& result);
    TokenClient& client();

    SecretStore& m_inner;
    const Clock& m_clock;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<TokenClient> m_client;
    QSet<QString> m_renewNext;
    QHash<QString, std::vector<Waiter>> m_waiting; // key -> reads waiting for its renewal
};

} // namespace tsunagu
