// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession, connecting: TCP, TLS and the certificate decision, greeting, strict STARTTLS, login.
#include "mail/imap/ImapSessionParts.h"

#include "mail/imap/ImapEncoder.h"
#include "mail/imap/ImapLog.h"
#include "mail/imap/ImapParser.h"
#include "mail/net/Sasl.h"

#include <algorithm>

namespace tsunagu {

using namespace imapsession;

void ImapSession::connectToServer(const Endpoint& endpoint, const QString& password, Callback<ImapServerInfo> done)
{
    if (m_state != State::Disconnected && m_state != State::LoggedOut) {
        invokeLater([done] { done(error(ImapErrorCode::Refused, QStringLiteral("already connected"))); });
        return;
    }
    m_endpoint = endpoint;
    m_rejectedCertificate.reset();
    m_server = {};
    m_mailbox = {};
    m_condstore = false;
    m_greeted = false;
    m_loggingOut = false;
    m_tagCounter = 0;
    m_framer = ImapFramer(m_options.limits);
    ++m_connection;

    // The local-only rule and the CA file are checked before any packet leaves.
    if (const std::optional<ConnectionFailure> refused = m_link.open(endpoint)) {
        invokeLater([done, failure = *refused] { done(error(imapErrorCode(failure.code), failure.detail)); });
        return;
    }
    m_password = password;
    m_connectDone = std::move(done);
    m_state = State::Connecting;
    armTimeout();
}

void ImapSession::onEstablished()
{
    armTimeout();
}

void ImapSession::onUpgraded()
{
    // RFC 3501 §6.2.1: after STARTTLS the client must discard what it knew and ask for CAPABILITY again.
    m_framer.reset();
    m_server.capabilities.clear();
    requestCapabilities([this] { authenticate(); });
}

void ImapSession::onConnectionFailed(const ConnectionFailure& failure)
{
    switch (failure.code) {
    case ConnectionError::Timeout:
        if (isWaiting())
            failAll(ImapErrorCode::Timeout, failure.detail);
        return;
    case ConnectionError::TlsUntrusted:
        m_rejectedCertificate = failure.certificate;
        failAll(ImapErrorCode::TlsUntrusted, failure.detail);
        return;
    default:
        break;
    }
    if (m_loggingOut) {
        // The server may close right after BYE without the tagged OK (RFC 3501 §6.1.3 allows either order).
        failAll(ImapErrorCode::NotConnected, QString());
        return;
    }
    // Once logged in, whatever the socket says, the connection broke while in use.
    failAll(m_state == State::Connecting ? imapErrorCode(failure.code) : ImapErrorCode::Dropped, failure.detail);
}

void ImapSession::handleGreeting(const ImapResponse& response)
{
    m_greeted = true;
    if (response.kind != ImapResponse::Kind::Status || response.isTagged()) {
        failAll(ImapErrorCode::Protocol, QStringLiteral("the server did not greet"));
        return;
    }
    if (response.code.kind == ImapResponseCode::Kind::Capability)
        m_server.capabilities = response.code.atoms;
    switch (response.status) {
    case ImapResponse::Status::Ok:
        afterGreeting();
        return;
    case ImapResponse::Status::PreAuth:
        // RFC 3501 §6.2.1: STARTTLS exists only before authentication, so a PREAUTH greeting leaves the
        // connection unencrypted. Accept it only where no TLS was asked for or TLS is already on.
        if (m_endpoint.security == SecurityMode::StartTls) {
            failAll(ImapErrorCode::StartTlsUnavailable,
                    QStringLiteral("PREAUTH greeting, so STARTTLS is impossible: ") + serverText(response));
            return;
        }
        m_password.clear();
        requestCapabilities([this] { finishConnecting(); });
        return;
    case ImapResponse::Status::Bye:
        failAll(ImapErrorCode::Refused, serverText(response));
        return;
    default:
        failAll(ImapErrorCode::Protocol, QStringLiteral("unexpected greeting: ") + serverText(response));
        return;
    }
}

void ImapSession::afterGreeting()
{
    if (m_endpoint.security == SecurityMode::StartTls) {
        // Capabilities from before TLS only tell whether STARTTLS is offered; they are asked again afterwards.
        requestCapabilities([this] { startTlsUpgrade(); });
        return;
    }
    requestCapabilities([this] { authenticate(); });
}

void ImapSession::requestCapabilities(std::function<void()> next)
{
    if (!m_server.capabilities.isEmpty()) {
        next();
        return;
    }
    const quint64 connection = m_connection;
    send(ImapEncoder(nextTag(), "CAPABILITY").finish(false), [this, connection, next](const ImapResponse& r) {
        if (connection != m_connection)
            return;
        if (r.status != ImapResponse::Status::Ok) {
            failAll(ImapErrorCode::Protocol, QStringLiteral("CAPABILITY failed: ") + serverText(r));
            return;
        }
        next();
    });
}

void ImapSession::startTlsUpgrade()
{
    if (!m_server.hasCapability("STARTTLS")) {
        failAll(ImapErrorCode::StartTlsUnavailable, QStringLiteral("the server does not offer STARTTLS"));
        return;
    }
    send(ImapEncoder(nextTag(), "STARTTLS").finish(false), [this](const ImapResponse& r) {
        if (r.status != ImapResponse::Status::Ok) {
            failAll(ImapErrorCode::StartTlsUnavailable, serverText(r));
            return;
        }
        // RFC 3501 §6.2.1, CVE-2011-0411-style injection: whatever followed the OK in plain text was not
        // protected and is dropped, including bytes still unread in the socket (startTls() drops those).
        m_framer.reset();
        m_link.startTls();
    });
}

void ImapSession::authenticate()
{
    if (!m_link.mayAuthenticate()) {
        failAll(ImapErrorCode::StartTlsUnavailable, QStringLiteral("refusing to log in without TLS"));
        return;
    }
    if (m_endpoint.auth == MailAuth::BearerToken) {
        authenticateWithToken();
        return;
    }
    const QByteArray user = m_endpoint.userName.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const bool plain = m_server.hasCapability("AUTH=PLAIN");
    const bool loginDisabled = m_server.hasCapability("LOGINDISABLED");
    auto onTagged = [this, connection = m_connection](const ImapResponse& r) {
        if (connection == m_connection)
            loginFinished(r);
    };
    if (plain && (m_server.hasCapability("SASL-IR") || loginDisabled)) {
        // RFC 4616: authzid NUL authcid NUL passwd; NUL inside a credential cannot be expressed.
        if (user.contains('\0') || password.contains('\0')) {
            failAll(ImapErrorCode::AuthenticationFailed, QStringLiteral("the credentials contain a NUL character"));
            return;
        }
        const QByteArray response = QByteArray(QByteArray(1, '\0') + user + '\0' + password).toBase64();
        ImapEncoder command(nextTag(), "AUTHENTICATE");
        command.raw("PLAIN").sensitive();
        if (m_server.hasCapability("SASL-IR")) {
            // RFC 4959: the initial response rides on the command, one round trip less.
            command.raw(response);
            send(command.finish(false), onTagged);
            return;
        }
        auto sent = std::make_shared<bool>(false);
        send(command.finish(false), onTagged, [this, response, sent](const ImapResponse&) {
            // RFC 3501 §6.2.2: a second challenge for PLAIN makes no sense; "*" cancels the exchange.
            m_link.write(*sent ? QByteArrayLiteral("*\r\n") : response + "\r\n");
            *sent = true;
        });
        return;
    }
    if (loginDisabled) {
        failAll(ImapErrorCode::Refused, QStringLiteral("the server disabled LOGIN and offers no AUTH=PLAIN"));
        return;
    }
    ImapEncoder command(nextTag(), "LOGIN");
    command.astring(user).astring(password).sensitive();
    const std::optional<ImapCommand> encoded = command.finish(m_server.hasCapability("LITERAL+"));
    if (!encoded) {
        failAll(ImapErrorCode::AuthenticationFailed, QStringLiteral("the credentials contain a NUL character"));
        return;
    }
    send(encoded, onTagged);
}

void ImapSession::authenticateWithToken()
{
    const std::optional<SaslMechanism> mechanism = sasl::bearerMechanism(
        [this](const QByteArray& name) { return m_server.hasCapability(QByteArray("AUTH=" + name)); });
    if (!mechanism) {
        failAll(ImapErrorCode::Refused,
                QStringLiteral("the server offers neither AUTH=OAUTHBEARER nor AUTH=XOAUTH2 for an access token"));
        return;
    }
    const std::optional<QByteArray> initial =
        sasl::bearerInitialResponse(*mechanism, m_endpoint.userName, m_password, m_endpoint);
    m_password.clear();
    if (!initial) {
        failAll(ImapErrorCode::AuthenticationFailed,
                QStringLiteral("the user name or the access token contains a control character"));
        return;
    }
    const QByteArray response = initial->toBase64();
    // The server's error challenge, kept for the failure it announces (the tagged NO says little more).
    auto challenge = std::make_shared<QString>();
    auto onTagged = [this, connection = m_connection, challenge](const ImapResponse& r) {
        if (connection != m_connection)
            return;
        if (r.status == ImapResponse::Status::No && !challenge->isEmpty()) {
            qCInfo(lcImap) << "login refused";
            failAll(ImapErrorCode::AuthenticationFailed, *challenge + QStringLiteral(": ") + serverText(r));
            return;
        }
        loginFinished(r);
    };
    const bool initialSent = m_server.hasCapability("SASL-IR");
    auto sent = std::make_shared<bool>(initialSent);
    auto onContinuation = [this, response, sent, challenge, mechanism = *mechanism](const ImapResponse& r) {
        if (!*sent) {
            m_link.write(response + "\r\n");
            *sent = true;
            return;
        }
        // RFC 7628 §3.2.2: after the client's response a challenge can only be the server's error in JSON; the
        // client acknowledges it and the server ends the exchange with NO (RFC 3501 §6.2.2).
        if (challenge->isEmpty()) {
            *challenge = sasl::describeBearerChallenge(r.text);
            m_link.write(sasl::bearerErrorAcknowledgement(mechanism).toBase64() + "\r\n");
            return;
        }
        m_link.write(QByteArrayLiteral("*\r\n")); // a second challenge makes no sense: cancel
    };
    ImapEncoder command(nextTag(), "AUTHENTICATE");
    command.raw(sasl::mechanismName(*mechanism)).sensitive();
    // RFC 4959: with SASL-IR the initial response rides on the command, one round trip less.
    if (initialSent)
        command.raw(response);
    send(command.finish(false), onTagged, onContinuation);
}

void ImapSession::loginFinished(const ImapResponse& response)
{
    m_password.clear();
    qCInfo(lcImap) << "login" << (response.status == ImapResponse::Status::Ok ? "ok" : "refused");
    if (response.status == ImapResponse::Status::No) {
        failAll(ImapErrorCode::AuthenticationFailed, serverText(response));
        return;
    }
    if (response.status != ImapResponse::Status::Ok) {
        failAll(ImapErrorCode::Refused, serverText(response));
        return;
    }
    // RFC 3501 §6.2.3: capabilities may change with login; Dovecot sends them in the OK, others must be asked.
    m_server.capabilities.clear();
    if (response.code.kind == ImapResponseCode::Kind::Capability)
        m_server.capabilities = response.code.atoms;
    requestCapabilities([this] { finishConnecting(); });
}

void ImapSession::finishConnecting()
{
    m_condstore = m_server.hasCapability("CONDSTORE");
    m_state = State::Ready;
    m_link.stopWaiting();
    auto done = std::move(m_connectDone);
    m_connectDone = nullptr;
    if (done)
        done(m_server);
    armTimeout();
}

} // namespace tsunagu
