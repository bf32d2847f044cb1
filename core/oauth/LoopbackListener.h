// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/OAuthError.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace tsunagu {

// Where the browser comes back after signing in (RFC 8252 §7.3, loopback redirect): a small HTTP listener bound to
// 127.0.0.1 alone, on a free port, that takes exactly one answer carrying the expected state and then closes.
//
// Written on QTcpServer rather than Qt NetworkAuth: Qt 6.4's QOAuthHttpServerReplyHandler listens on every
// interface (another computer on the network could reach it) and its flow has no PKCE (added in Qt 6.8).
//
// A connection from an address that is not loopback is closed unread (possible only if the binding were wider).
// A request without code, error or state (a browser asking for /favicon.ico) gets 404 and changes nothing.
// Requests are read up to 8 KB and 10 s each.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackListener(QObject* parent = nullptr);

    // Pages in the host's language (UTF-8 HTML bodies) for the tab the browser leaves open.
    void setPages(const QString& successHtml, const QString& failureHtml);
    void setExpectedState(const QByteArray& state) { m_state = state; }

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

Q_SIGNALS:
    // The authorization code, once, with the right state.
    void codeReceived(const QString& code);
    // Declined (the provider's error code in the detail) or StateMismatch; nothing more is accepted afterwards.
    void failed(tsunagu::OAuthError error, const QString& detail);

private:
    void onNewConnection();
    void handle(QTcpSocket* socket, const QByteArray& requestLine);
    void answer(QTcpSocket* socket, int status, const QString& html);

    QTcpServer m_server;
    QByteArray m_state;
    QString m_successHtml;
    QString m_failureHtml;
    bool m_done = false;
};

} // namespace tsunagu
