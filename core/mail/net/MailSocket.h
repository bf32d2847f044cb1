// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <functional>
#include <memory>

namespace tsunagu {

// The byte stream under IMAP and SMTP, as a small interface so protocol tests can script a fake server
// (STYLE.md §10, §18). Everything is asynchronous: no call blocks, results arrive as signals.
class MailSocket : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        Unreachable, // refused, host not found, network down (before the connection stood)
        Closed,      // the peer closed or the network broke after it stood
        TlsFailed,   // the handshake failed for a reason other than certificate trust
    };

    using QObject::QObject;
    ~MailSocket() override = default;

    // Must be called before connecting; the configuration carries the extra CA certificates.
    virtual void setTlsConfiguration(const QSslConfiguration& configuration) = 0;
    // tls: TLS from the first byte (connected() is then emitted only after encrypted()).
    virtual void connectToHost(const QString& host, quint16 port, bool tls) = 0;
    // STARTTLS: begins the handshake on the open connection; encrypted() or a failure follows.
    virtual void startTls() = 0;
    virtual void write(const QByteArray& bytes) = 0;
    virtual QByteArray readAll() = 0;
    // Ignores exactly these errors for the handshake in progress; only valid inside a tlsErrorsOccurred() slot.
    virtual void ignoreTlsErrors(const QList<QSslError>& errors) = 0;
    virtual QSslCertificate peerCertificate() const = 0;
    // Closes at once, without waiting for unwritten bytes; emits nothing afterwards.
    virtual void abort() = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    void tlsErrorsOccurred(const QList<QSslError>& errors);
    void failed(tsunagu::MailSocket::Failure failure, const QString& detail);
};

using MailSocketFactory = std::function<std::unique_ptr<MailSocket>()>;

} // namespace tsunagu
