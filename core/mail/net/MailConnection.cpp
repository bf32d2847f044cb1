// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/MailConnection.h"

#include "common/LocalHost.h"

#include <algorithm>
#include <limits>

namespace tsunagu {

MailConnection::MailConnection(MailSocketFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &MailConnection::onTimeout);
}

MailConnection::~MailConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

std::optional<ConnectionFailure> MailConnection::open(const Endpoint& endpoint)
{
    close();
    // RFC 8314 §3 and STYLE.md §13: never plain text towards another computer; refused before any packet.
    if (endpoint.security == SecurityMode::PlainLocal && !isLocalHost(endpoint.host))
        return ConnectionFailure{ConnectionError::PlainNotLocal, QStringLiteral("no TLS towards ") + endpoint.host, {}};
    // Read once, before connecting: a trusted certificate file that went missing is the account's problem, not
    // the server's, and must not turn into "the certificate is not trusted" later.
    auto policy = TlsPolicy::forEndpoint(endpoint);
    if (!policy)
        return ConnectionFailure{ConnectionError::CaFileUnreadable, policy.error().detail, {}};

    m_endpoint = endpoint;
    m_policy = policy.value();
    m_encrypted = false;
    m_upgrading = false;
    m_socket = m_factory();
    MailSocket* socket = m_socket.get();
    connect(socket, &MailSocket::connected, this, &MailConnection::onConnected);
    connect(socket, &MailSocket::encrypted, this, &MailConnection::onEncrypted);
    connect(socket, &MailSocket::readyRead, this, &MailConnection::onReadyRead);
    connect(socket, &MailSocket::tlsErrorsOccurred, this, &MailConnection::onTlsErrors);
    connect(socket, &MailSocket::failed, this, &MailConnection::onSocketFailed);
    socket->setTlsConfiguration(m_policy.configuration());
    socket->connectToHost(endpoint.host, endpoint.port, endpoint.security == SecurityMode::ImplicitTls);
    expectAnswer();
    return std::nullopt;
}

void MailConnection::startTls()
{
    if (!m_socket)
        return;
    // CVE-2011-0411 class injection: whatever followed the server's yes in plain text, read or not, is dropped.
    m_socket->readAll();
    m_upgrading = true;
    m_socket->startTls();
    expectAnswer();
}

void MailConnection::write(const QByteArray& bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

QByteArray MailConnection::readAll()
{
    return m_socket ? m_socket->readAll() : QByteArray();
}

void MailConnection::close()
{
    m_timeout.stop();
    m_encrypted = false;
    m_upgrading = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        // We may be inside one of the socket's own signals: it is deleted once that has returned.
        m_socket.release()->deleteLater();
    }
}

void MailConnection::expectAnswer(qint64 extraMs)
{
    const qint64 wait = std::max(1, m_endpoint.timeoutMs) + std::max<qint64>(0, extraMs);
    m_timeout.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void MailConnection::stopWaiting()
{
    m_timeout.stop();
}

bool MailConnection::mayAuthenticate() const
{
    return m_encrypted || m_endpoint.security == SecurityMode::PlainLocal;
}

void MailConnection::onConnected()
{
    // With implicit TLS the socket reports the connection only once the handshake is done.
    if (m_endpoint.security == SecurityMode::ImplicitTls)
        m_encrypted = true;
    Q_EMIT established();
}

void MailConnection::onEncrypted()
{
    if (!m_upgrading)
        return; // the implicit TLS handshake: reported by onConnected()
    m_upgrading = false;
    m_encrypted = true;
    Q_EMIT upgraded();
}

void MailConnection::onReadyRead()
{
    // Between the server's yes to STARTTLS and the end of the handshake nothing counts.
    if (m_upgrading) {
        m_socket->readAll();
        return;
    }
    Q_EMIT readyRead();
}

void MailConnection::onTlsErrors(const QList<QSslError>& errors)
{
    if (!m_socket)
        return;
    const TlsPolicy::Verdict verdict = m_policy.evaluate(errors, m_socket->peerCertificate());
    if (verdict.trusted) {
        m_socket->ignoreTlsErrors(verdict.errorsToIgnore);
        return;
    }
    fail({ConnectionError::TlsUntrusted, verdict.certificate.problems.join(QStringLiteral("; ")), verdict.certificate});
}

void MailConnection::onSocketFailed(MailSocket::Failure failure, const QString& detail)
{
    switch (failure) {
    case MailSocket::Failure::Unreachable:
        fail({ConnectionError::Unreachable, detail, {}});
        return;
    case MailSocket::Failure::TlsFailed:
        fail({ConnectionError::TlsFailed, detail, {}});
        return;
    case MailSocket::Failure::Closed:
        fail({ConnectionError::Dropped, detail, {}});
        return;
    }
}

void MailConnection::onTimeout()
{
    fail({ConnectionError::Timeout,
          QStringLiteral("no answer from the server within %1 ms").arg(m_endpoint.timeoutMs),
          {}});
}

void MailConnection::fail(ConnectionFailure failure)
{
    m_timeout.stop();
    Q_EMIT failed(failure);
}

} // namespace tsunagu
