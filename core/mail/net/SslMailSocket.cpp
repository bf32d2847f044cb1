// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/SslMailSocket.h"

#include "mail/net/NetLog.h"
#include "mail/net/TracingMailSocket.h"

namespace tsunagu {

SslMailSocket::SslMailSocket(QObject* parent)
    : MailSocket(parent)
    , m_socket(new QSslSocket(this))
{
    connect(m_socket, &QSslSocket::connected, this, [this] {
        // With implicit TLS the connection counts as standing once the handshake is done.
        if (!m_implicitTls) {
            m_connected = true;
            Q_EMIT connected();
        }
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_implicitTls && !m_connected) {
            m_connected = true;
            Q_EMIT connected();
        }
        Q_EMIT encrypted();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &MailSocket::readyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &MailSocket::tlsErrorsOccurred);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SslMailSocket::onSocketError);
}

MailSocketFactory SslMailSocket::factory()
{
    return TracingMailSocket::wrap([]() -> std::unique_ptr<MailSocket> { return std::make_unique<SslMailSocket>(); });
}

void SslMailSocket::setTlsConfiguration(const QSslConfiguration& configuration)
{
    m_socket->setSslConfiguration(configuration);
}

void SslMailSocket::connectToHost(const QString& host, quint16 port, bool tls)
{
    qCDebug(lcNet) << "connecting to" << host << port << (tls ? "with TLS" : "without TLS yet");
    m_implicitTls = tls;
    m_connected = false;
    m_aborted = false;
    if (tls)
        m_socket->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void SslMailSocket::startTls()
{
    m_socket->startClientEncryption();
}

void SslMailSocket::write(const QByteArray& bytes)
{
    m_socket->write(bytes);
}

QByteArray SslMailSocket::readAll()
{
    return m_socket->readAll();
}

void SslMailSocket::ignoreTlsErrors(const QList<QSslError>& errors)
{
    m_socket->ignoreSslErrors(errors);
}

QSslCertificate SslMailSocket::peerCertificate() const
{
    return m_socket->peerCertificate();
}

void SslMailSocket::abort()
{
    m_aborted = true;
    m_socket->abort();
}

void SslMailSocket::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_aborted)
        return;
    const QString detail = m_socket->errorString();
    Failure failure = m_connected ? Failure::Closed : Failure::Unreachable;
    if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError ||
        error == QAbstractSocket::SslInvalidUserDataError)
        failure = Failure::TlsFailed;
    m_aborted = true; // one failure per connection
    qCInfo(lcNet) << "connection failed:" << error << detail;
    Q_EMIT failed(failure, detail);
}

// Qt initialises its TLS backend once, under its own lock; a socket made meanwhile simply waits for it.
TlsWarmup::TlsWarmup()
    : m_thread([] {
        if (QSslSocket::supportsSsl())
            QSslConfiguration::defaultConfiguration();
    })
{}

TlsWarmup::~TlsWarmup()
{
    m_thread.join();
}

} // namespace tsunagu
