// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/net/MailSocket.h"

#include <QSslSocket>

#include <thread>

namespace tsunagu {

// MailSocket on QSslSocket, on the thread that creates it; never calls waitFor*().
class SslMailSocket : public MailSocket
{
    Q_OBJECT
public:
    explicit SslMailSocket(QObject* parent = nullptr);

    // Each socket is wrapped in a TracingMailSocket while the protocol trace is on.
    static MailSocketFactory factory();

    void setTlsConfiguration(const QSslConfiguration& configuration) override;
    void connectToHost(const QString& host, quint16 port, bool tls) override;
    void startTls() override;
    void write(const QByteArray& bytes) override;
    QByteArray readAll() override;
    void ignoreTlsErrors(const QList<QSslError>& errors) override;
    QSslCertificate peerCertificate() const override;
    void abort() override;

private:
    void onSocketError(QAbstractSocket::SocketError error);

    QSslSocket* m_socket;
    bool m_implicitTls = false;
    bool m_connected = false;
    bool m_aborted = false;
};

// Loads the TLS backend (Qt's plugin, OpenSSL and its configuration, the default cipher lists: several
// milliseconds) on a thread of its own, so that it is ready by the time the first connection is made. Made first
// thing by a command that is about to connect, the work overlaps with opening the profile. Destroying it waits for
// that thread: keep it until the end of main, so that the process never exits (and OpenSSL never cleans up) while
// the backend is still being set up.
class TlsWarmup
{
public:
    TlsWarmup();
    ~TlsWarmup();
    TlsWarmup(const TlsWarmup&) = delete;
    TlsWarmup& operator=(const TlsWarmup&) = delete;

private:
    std::thread m_thread;
};

} // namespace tsunagu
