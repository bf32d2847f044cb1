// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "oauth/LoopbackListener.h"
#include "oauth/OAuthProvider.h"
#include "oauth/OAuthTokens.h"
#include "oauth/Pkce.h"
#include "oauth/TokenClient.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace tsunagu {

// One "Sign in with …": the authorization code flow with PKCE (RFC 6749 §4.1, RFC 7636 S256) and a loopback
// redirect (RFC 8252). start() opens the listener on 127.0.0.1 and returns the address the browser must open; the
// caller opens it (or prints it). When the browser comes back with the code and the right state, the code and
// the verifier are exchanged for tokens and done is called once: with the tokens, or with why not (the wait runs
// out, the state is wrong, the provider or the host declined, the token address refused).
//
//   SignInFlow flow(network, clock);
//   auto url = flow.start(endpoints, userName, pages, [](OAuthResult<OAuthTokens> r) { … store r->toStored() … });
//   if (url) QDesktopServices::openUrl(*url);
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(OAuthResult<OAuthTokens>)>;

    struct Pages
    {
        QString successHtml; // "You are signed in; you can close this tab" in the host's language
        QString failureHtml;
    };

    SignInFlow(QNetworkAccessManager& network, const Clock& clock, QObject* parent = nullptr);

    // loginHint: the mail address, so the provider proposes the right account. waitMs: how long the browser may
    // take (5 minutes by default). ListenFailed when no loopback port is free; done is then never called.
    OAuthResult<QUrl> start(const OAuthEndpoints& endpoints, const QString& loginHint, const Pages& pages, Done done,
                            int waitMs = 5 * 60 * 1000);
    void cancel();

    // The redirect address given to the provider, e.g. "http://127.0.0.1:53127".
    QString redirectUri() const { return m_redirectUri; }
    quint16 port() const { return m_listener.port(); }

private:
    void finish(OAuthResult<OAuthTokens> result);

    LoopbackListener m_listener;
    TokenClient m_tokens;
    QTimer m_wait;
    OAuthEndpoints m_endpoints;
    Pkce m_pkce;
    QString m_redirectUri;
    Done m_done;
};

} // namespace tsunagu
