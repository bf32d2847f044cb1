// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/TracingMailSocket.h"

#include "mail/net/NetLog.h"

#include <atomic>

namespace tsunagu {
namespace {

std::atomic<int> s_connections{0};

const char* failureName(MailSocket::Failure failure)
{
    switch (failure) {
    case MailSocket::Failure::Unreachable:
        return "unreachable";
    case MailSocket::Failure::Closed:
        return "closed";
    case MailSocket::Failure::TlsFailed:
        return "TLS failed";
    }
    return "failed";
}

} // namespace

TracingMailSocket::TracingMailSocket(std::unique_ptr<MailSocket> inner, QObject* parent)
    : MailSocket(parent)
    , m_inner(std::move(inner))
    , m_number(++s_connections)
{
    MailSocket* socket = m_inner.get();
    connect(socket, &MailSocket::connected, this, [this] {
        note(QStringLiteral("connected"));
        Q_EMIT connected();
    });
    connect(socket, &MailSocket::encrypted, this, [this] {
        note(QStringLiteral("TLS established"));
        Q_EMIT encrypted();
    });
    connect(socket, &MailSocket::readyRead, this, &MailSocket::readyRead);
    connect(socket, &MailSocket::tlsErrorsOccurred, this, [this](const QList<QSslError>& errors) {
        note(QStringLiteral("certificate not trusted by the system (%1 problems)").arg(errors.size()));
        Q_EMIT tlsErrorsOccurred(errors);
    });
    connect(socket, &MailSocket::failed, this, [this](MailSocket::Failure failure, const QString& detail) {
        note(QLatin1String(failureName(failure)) + QStringLiteral(": ") + detail);
        Q_EMIT failed(failure, detail);
    });
}

MailSocketFactory TracingMailSocket::wrap(MailSocketFactory inner)
{
    return [inner = std::move(inner)]() -> std::unique_ptr<MailSocket> {
        std::unique_ptr<MailSocket> socket = inner();
        if (!socket || !lcTrace().isDebugEnabled())
            return socket;
        return std::make_unique<TracingMailSocket>(std::move(socket));
    };
}

void TracingMailSocket::setTlsConfiguration(const QSslConfiguration& configuration)
{
    m_inner->setTlsConfiguration(configuration);
}

void TracingMailSocket::connectToHost(const QString& host, quint16 port, bool tls)
{
    note(
        QStringLiteral("connecting to %1:%2%3").arg(host).arg(port).arg(tls ? QStringLiteral(" with TLS") : QString()));
    m_inner->connectToHost(host, port, tls);
}

void TracingMailSocket::startTls()
{
    note(QStringLiteral("starting TLS"));
    m_inner->startTls();
}

void TracingMailSocket::write(const QByteArray& bytes)
{
    trace("C:", m_redactor.sent(bytes));
    m_inner->write(bytes);
}

QByteArray TracingMailSocket::readAll()
{
    QByteArray bytes = m_inner->readAll();
    trace("S:", m_redactor.received(bytes));
    return bytes;
}

void TracingMailSocket::ignoreTlsErrors(const QList<QSslError>& errors)
{
    note(QStringLiteral("certificate accepted by the account's own trust (pin or CA file)"));
    m_inner->ignoreTlsErrors(errors);
}

QSslCertificate TracingMailSocket::peerCertificate() const
{
    return m_inner->peerCertificate();
}

void TracingMailSocket::abort()
{
    note(QStringLiteral("closing"));
    m_inner->abort();
}

void TracingMailSocket::trace(const char* direction, const QList<QByteArray>& lines) const
{
    for (const QByteArray& line : lines)
        qCDebug(lcTrace, "#%d %s %s", m_number, direction, line.constData());
}

void TracingMailSocket::note(const QString& text) const
{
    qCDebug(lcTrace, "#%d -- %s", m_number, qUtf8Printable(text));
}

} // namespace tsunagu
