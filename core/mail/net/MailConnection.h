// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/net/ConnectionError.h"
#include "mail/net/Endpoint.h"
#include "mail/net/MailSocket.h"
#include "mail/net/TlsPolicy.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace tsunagu {

// The one connection under IMAP and SMTP: the local-only rule, the TLS policy and pin, the socket, the wait for the
// peer, the STARTTLS upgrade and what a failure is called (STYLE.md §10, §13). The protocol on top decides when to
// write, when to wait and when to upgrade; it reads the server's words itself and learns of trouble only through
// failed(), with a ConnectionError.
//
// After failed() the socket is still there until close(): the session closes it once it has told its callers (or,
// for a Timeout it no longer waits for, keeps it). Nothing is emitted after close().
class MailConnection : public QObject
{
    Q_OBJECT
public:
    explicit MailConnection(MailSocketFactory factory, QObject* parent = nullptr);
    ~MailConnection() override;

    // Closes a previous connection, checks the endpoint and starts connecting. Refused before any packet leaves
    // (PlainNotLocal, CaFileUnreadable): the failure is returned and nothing is emitted. Otherwise established()
    // or failed() follows, and the wait for the peer runs.
    std::optional<ConnectionFailure> open(const Endpoint& endpoint);

    // STARTTLS once the server has said yes (RFC 3501 §6.2.1, RFC 3207 §4.2): bytes already here or arriving
    // before the handshake ends were not protected and are thrown away; upgraded() follows. The caller must forget
    // what it knew of the server (its parser's buffer and the capabilities) and ask again.
    void startTls();

    void write(const QByteArray& bytes);
    QByteArray readAll();
    // Closes at once, without waiting for unwritten bytes. The socket is deleted once the event loop returns, so
    // this may be called from inside one of the connection's own signals.
    void close();

    // (Re)starts the wait for the peer: Endpoint::timeoutMs plus extraMs (e.g. for a long upload), then failed()
    // with Timeout.
    void expectAnswer(qint64 extraMs = 0);
    void stopWaiting();

    bool isOpen() const { return static_cast<bool>(m_socket); }
    // TLS is on: from the start (ImplicitTls) or after upgraded().
    bool isEncrypted() const { return m_encrypted; }
    // Between startTls() and upgraded(): nothing the server sends counts.
    bool isUpgrading() const { return m_upgrading; }
    // Credentials may be sent: the connection is encrypted, or it goes to this computer by the account's choice.
    bool mayAuthenticate() const;
    const Endpoint& endpoint() const { return m_endpoint; }

Q_SIGNALS:
    // The connection stands; with ImplicitTls the handshake is done and the certificate accepted.
    void established();
    // The STARTTLS handshake is done and the certificate accepted.
    void upgraded();
    void readyRead();
    void failed(const tsunagu::ConnectionFailure& failure);

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onTlsErrors(const QList<QSslError>& errors);
    void onSocketFailed(MailSocket::Failure failure, const QString& detail);
    void onTimeout();
    void fail(ConnectionFailure failure);

    MailSocketFactory m_factory;
    std::unique_ptr<MailSocket> m_socket;
    QTimer m_timeout;
    Endpoint m_endpoint;
    TlsPolicy m_policy;
    bool m_encrypted = false;
    bool m_upgrading = false;
};

} // namespace tsunagu
