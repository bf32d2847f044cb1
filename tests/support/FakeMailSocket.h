// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/net/MailSocket.h"

#include <QPointer>

namespace tsunagu::test {

// A scripted server on the other end of a MailSocket: records every byte the client writes, delivers what the
// test says the server sends, and plays connect, TLS and failures on command. Synchronous: serverSends() emits
// readyRead() at once, so a transcript runs without waiting. Shared by the IMAP and SMTP tests.
class FakeMailSocket : public MailSocket
{
    Q_OBJECT
public:
    using MailSocket::MailSocket;

    // A factory for the client under test: the newest socket it made is in latest (null once the client deleted
    // it), and made counts them. Both must outlive the client.
    static MailSocketFactory factory(QPointer<FakeMailSocket>& latest, int& made);

    void setTlsConfiguration(const QSslConfiguration& configuration) override { tlsConfiguration = configuration; }
    void connectToHost(const QString& host, quint16 port, bool tls) override;
    void startTls() override { ++startTlsCalls; }
    void write(const QByteArray& bytes) override { written += bytes; }
    QByteArray readAll() override;
    void ignoreTlsErrors(const QList<QSslError>& errors) override { ignored = errors; }
    QSslCertificate peerCertificate() const override { return peer; }
    void abort() override { aborted = true; }

    // The connection stands (with implicit TLS: and the handshake is done).
    void accept();
    // The STARTTLS handshake finished.
    void finishTls() { Q_EMIT encrypted(); }
    void serverSends(const QByteArray& bytes);
    void presentTlsErrors(const QList<QSslError>& errors) { Q_EMIT tlsErrorsOccurred(errors); }
    void drop(Failure failure = Failure::Closed) { Q_EMIT failed(failure, QStringLiteral("peer closed")); }

    QByteArray written;
    QString host;
    quint16 port = 0;
    bool implicitTls = false;
    int connectCalls = 0;
    int startTlsCalls = 0;
    bool aborted = false;
    QSslConfiguration tlsConfiguration;
    QList<QSslError> ignored;
    QSslCertificate peer;

private:
    QByteArray m_unread;
};

} // namespace tsunagu::test
