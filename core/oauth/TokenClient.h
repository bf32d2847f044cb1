// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "oauth/OAuthError.h"
#include "oauth/OAuthProvider.h"
#include "oauth/OAuthTokens.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tsunagu {

// The token endpoint (RFC 6749 §3.2) on QNetworkAccessManager: an authorization code with its PKCE verifier
// becomes tokens (§4.1.3, RFC 7636 §4.5), and a refresh token becomes a new access token (§6). Answers are read up
// to 64 KB; an error answer becomes an OAuthError (invalid_grant: SignInAgain). Callbacks run from the event loop,
// never after this object is gone. Nothing it sends or receives is logged.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(OAuthResult<OAuthTokens>)>;

    TokenClient(QNetworkAccessManager& network, const Clock& clock, QObject* parent = nullptr);

    void exchangeCode(const OAuthEndpoints& endpoints, const QString& code, const QByteArray& verifier,
                      const QString& redirectUri, Done done);
    // A provider that rotates refresh tokens sends a new one; the result then carries it, else the old one.
    void refresh(const OAuthTokens& stored, Done done);

    // How long one request may take.
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    void post(const QUrl& url, const QByteArray& form, const OAuthTokens& base, Done done);
    OAuthResult<OAuthTokens> read(QNetworkReply& reply, const QByteArray& body, const OAuthTokens& base) const;

    QNetworkAccessManager& m_network;
    const Clock& m_clock;
    int m_timeoutMs = 30000;
};

} // namespace tsunagu
