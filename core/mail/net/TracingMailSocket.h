// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/net/MailSocket.h"
#include "mail/net/TraceRedactor.h"

namespace tsunagu {

// A MailSocket that passes everything to the socket inside it and writes what goes over the wire, redacted by
// TraceRedactor, to the tsunagu.trace category: the one place where both IMAP and SMTP sessions write and read,
// so every byte is seen, including those a session discards after STARTTLS. Each connection gets a number, so
// that the lines of a sync's IMAP connection and a reply's SMTP connection can be told apart.
class TracingMailSocket : public MailSocket
{
    Q_OBJECT
public:
    explicit TracingMailSocket(std::unique_ptr<MailSocket> inner, QObject* parent = nullptr);

    // Sockets from inner, wrapped whenever tsunagu.trace is enabled at the moment one is made (so the trace can
    // be switched on and off while the window runs), unwrapped otherwise.
    static MailSocketFactory wrap(MailSocketFactory inner);

    void setTlsConfiguration(const QSslConfiguration& configuration) override;
    void connectToHost(const QString& host, quint16 port, bool tls) override;
    void startTls() override;
    void write(const QByteArray& bytes) override;
    QByteArray readAll() override;
    void ignoreTlsErrors(const QList<QSslError>& errors) override;
    QSslCertificate peerCertificate() const override;
    void abort() override;

private:
    void trace(const char* direction, const QList<QByteArray>& lines) const;
    void note(const QString& text) const;

    std::unique_ptr<MailSocket> m_inner;
    TraceRedactor m_redactor;
    int m_number;
};

} // namespace tsunagu
