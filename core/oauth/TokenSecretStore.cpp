// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenSecretStore.h"

#include "domain/MailAccount.h"
#include "oauth/OAuthLog.h"
#include "oauth/TokenClient.h"

#include <QNetworkAccessManager>

namespace tsunagu {

namespace {

bool holdsTokens(const QString& key)
{
    return key.startsWith(oauthSecretKeyPrefix());
}

} // namespace

TokenSecretStore::TokenSecretStore(SecretStore& inner, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_inner(inner)
    , m_clock(clock)
{}

TokenSecretStore::~TokenSecretStore() = default;

TokenClient& TokenSecretStore::client()
{
    if (!m_client) {
        if (!m_network) {
            m_ownNetwork = std::make_unique<QNetworkAccessManager>();
            m_network = m_ownNetwork.get();
        }
        m_client = std::make_unique<TokenClient>(*m_network, m_clock);
    }
    return *m_client;
}

void TokenSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    if (!holdsTokens(key)) {
        m_inner.read(key, context, std::move(done));
        return;
    }
    const bool first = !m_waiting.contains(key);
    m_waiting[key].push_back({QPointer<QObject>(context), std::move(done)});
    if (!first)
        return; // a read or renewal of this key is under way; its answer is this one's too
    m_inner.read(key, this, [this, key](const Result<QString, SecretError>& stored) {
        if (!stored.ok()) {
            answer(key, stored.error());
            return;
        }
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromStored(stored.value());
        if (!tokens) {
            answer(key, SecretFailure{SecretError::NotFound, QStringLiteral("no sign-in is stored for the account")});
            return;
        }
        if (!m_renewNext.contains(key) && !tokens->needsRenewal(m_clock.now())) {
            answer(key, tokens->accessToken);
            return;
        }
        renew(key, *tokens);
    });
}

void TokenSecretStore::renew(const QString& key, const OAuthTokens& tokens)
{
    m_renewNext.remove(key);
    client().refresh(tokens, [this, key](OAuthResult<OAuthTokens> renewed) {
        if (!renewed.ok()) {
            const OAuthFailure& failure = renewed.error();
            answer(key, SecretFailure{failure.code == OAuthError::SignInAgain ? SecretError::SignInAgain
                                                                              : SecretError::Failed,
                                      QStringLiteral("renewing the sign-in failed: ") + failure.detail});
            return;
        }
        const QString access = renewed.value().accessToken;
        m_inner.write(key, renewed.value().toStored(), this,
                      [this, key, access](const Result<SecretLocation, SecretError>& written) {
                          // A rotated refresh token that could not be kept would be lost with this process.
                          if (!written.ok())
                              qCWarning(lcOAuth)
                                  << "the renewed sign-in could not be kept, error" << int(written.error().code);
                          answer(key, access);
                      });
    });
}

void TokenSecretStore::answer(const QString& key, const Result<QString, SecretError>& result)
{
    const std::vector<Waiter> waiters = m_waiting.take(key);
    for (const Waiter& waiter : waiters) {
        if (waiter.context && waiter.done)
            waiter.done(result);
    }
}

void TokenSecretStore::write(const QString& key, const QString& secret, QObject* context, WriteCallback done)
{
    m_inner.write(key, secret, context, std::move(done));
}

void TokenSecretStore::remove(const QString& key, QObject* context, RemoveCallback done)
{
    m_renewNext.remove(key);
    m_inner.remove(key, context, std::move(done));
}

void TokenSecretStore::storeTokens(const QString& key, const OAuthTokens& tokens, QObject* context, WriteCallback done)
{
    m_renewNext.remove(key);
    m_inner.write(key, tokens.toStored(), context, std::move(done));
}

void TokenSecretStore::readTokens(const QString& key, QObject* context,
                                  std::function<void(const Result<OAuthTokens, SecretError>&)> done)
{
    m_inner.read(key, context, [done = std::move(done)](const Result<QString, SecretError>& stored) {
        if (!stored.ok()) {
            done(stored.error());
            return;
        }
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromStored(stored.value());
        if (!tokens)
            done(SecretFailure{SecretError::NotFound, QStringLiteral("no sign-in is stored for the account")});
        else
            done(*tokens);
    });
}

} // namespace tsunagu
