// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An asynchronous SMTP submission client (RFC 5321, RFC 6409) on the GUI thread: one call delivers one message.
//
//   auto smtp = new SmtpSession(SslMailSocket::factory(), this);
//   smtp->send(endpoint, password, {from, {to}}, mimeBytes, [=](SmtpResult<SmtpReceipt> r) {
//       if (r) markSent(r->serverReply);
//       else if (r.error().code == SmtpErrorCode::TlsUntrusted) askToPin(*smtp->rejectedCertificate());
//       else showError(r.error());
//   });
//
// What happens on the wire, strictly in turn (no pipelining): connect (TLS from the first byte for ImplicitTls);
// greeting 220; EHLO; for StartTls the server must offer STARTTLS, everything after its 220 is thrown away, the
// handshake runs and EHLO is sent again (RFC 3207 §4.2); the certificate is judged by TlsPolicy (all of this in
// MailConnection, shared with IMAP); SIZE and 8-bit
// are checked against what the server announced; AUTH PLAIN (else LOGIN) when a user name is set, never before
// TLS except PlainLocal; MAIL FROM, RCPT TO for each recipient (any refusal stops the delivery before DATA);
// DATA with the dot-stuffed message; QUIT.
//
// Rules of the API:
// - One delivery at a time: send() while one is running fails at once (Protocol, "busy").
// - done is called exactly once, from the event loop, never from inside send(). It is called as soon as the
//   outcome is known; the polite QUIT and the closing happen afterwards on their own.
// - Addresses are checked before connecting (SenderRejected / RecipientRejected without a reply code).
// - The password is used for AUTH and dropped right after; it never appears in an error detail.
// - Every wait (connecting, each reply) gives up after Endpoint::timeoutMs (Timeout).
// - Do not delete the session inside done; use deleteLater().

#include "mail/net/CertificateInfo.h"
#include "mail/net/Endpoint.h"
#include "mail/net/MailConnection.h"
#include "mail/net/Sasl.h"
#include "mail/smtp/SmtpCapabilities.h"
#include "mail/smtp/SmtpError.h"
#include "mail/smtp/SmtpReplyReader.h"
#include "mail/smtp/SmtpTypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace tsunagu {

class SmtpSession : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(SmtpResult<SmtpReceipt>)>;

    explicit SmtpSession(MailSocketFactory factory, QObject* parent = nullptr);
    ~SmtpSession() override;

    void send(const Endpoint& endpoint, const QString& password, const SmtpEnvelope& envelope,
              const QByteArray& message, DoneCallback done);
    // Stops the delivery in progress at once (done gets Cancelled) and closes the connection.
    void abort();

    bool isBusy() const { return static_cast<bool>(m_done); }
    // Set when the last send() failed with TlsUntrusted: what the UI shows and what a pin takes.
    const std::optional<CertificateInfo>& rejectedCertificate() const { return m_rejectedCertificate; }

    // The EHLO argument (RFC 5321 §4.1.4). Default "[127.0.0.1]": an address literal that tells the server
    // nothing about this computer (its host name may carry a person's name). False, and unchanged, when invalid.
    bool setEhloDomain(const QString& domain);

private:
    enum class Stage
    {
        Idle,
        Greeting,
        Ehlo,
        StartTls,
        TlsHandshake, // after the 220 to STARTTLS: every byte is discarded until the handshake is done
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        AuthLoginDone,
        AuthBearer,        // AUTH XOAUTH2/OAUTHBEARER with its initial response sent
        AuthBearerRefused, // the server's error challenge has been acknowledged; its failure reply follows
        MailFrom,
        RcptTo,
        Data,
        Body,
        Quit, // done has been called; waiting for the 221 (or anything) to close
    };

    // connection events (SmtpSession.cpp)
    void onEstablished();
    void onUpgraded();
    void onReadyRead();
    void onConnectionFailed(const ConnectionFailure& failure);

    // the conversation (SmtpSessionSteps.cpp)
    void handleReply(const SmtpReply& reply);
    void afterGreeting(const SmtpReply& reply);
    void afterEhlo(const SmtpReply& reply);
    void afterStartTls(const SmtpReply& reply);
    void authenticate();
    void authenticateWithToken();
    void afterAuth(const SmtpReply& reply);
    void sendMailFrom();
    void afterMailFrom(const SmtpReply& reply);
    void sendNextRecipient();
    void afterRcptTo(const SmtpReply& reply);
    void afterData(const SmtpReply& reply);
    void afterBody(const SmtpReply& reply);
    void sendEhlo();

    // the wire, failing and time (SmtpSession.cpp)
    void write(const QByteArray& bytes, Stage next);
    enum class Close
    {
        Politely, // QUIT first: the conversation itself is fine, only this delivery failed
        AtOnce,   // the connection cannot be trusted or is gone
    };
    void fail(SmtpError error, Close close);
    void fail(SmtpErrorCode code, const QString& detail, Close close);
    void failOnReply(SmtpErrorCode code, const SmtpReply& reply, const QString& context);
    void succeed(SmtpReceipt receipt);
    void closeConnection();
    void armTimeout();
    void invokeLater(std::function<void()> call);
    QString withoutSecrets(QString text) const;

    MailConnection m_link; // socket, TLS, STARTTLS, timeouts and what their failures are called
    SmtpReplyReader m_reader;
    quint64 m_connection = 0; // changes whenever a connection ends, so a running read loop stops

    Stage m_stage = Stage::Idle;
    Endpoint m_endpoint;
    QString m_password;          // only between send() and the end of AUTH (an access token with MailAuth::BearerToken)
    QByteArray m_bearerResponse; // base64 initial response of AUTH XOAUTH2/OAUTHBEARER, until the end of AUTH
    SaslMechanism m_bearerMechanism = SaslMechanism::XOAuth2;
    QString m_bearerChallenge; // the server's error challenge in words, for the failure that follows it
    SmtpEnvelope m_envelope;
    QByteArray m_message;
    qint64 m_messageSize = 0; // after line-end normalisation, what RFC 1870 SIZE counts
    bool m_eightBit = false;
    DoneCallback m_done;

    QString m_ehloDomain = QStringLiteral("[127.0.0.1]");
    SmtpCapabilities m_capabilities;
    int m_nextRecipient = 0;
    QStringList m_accepted;
    std::optional<CertificateInfo> m_rejectedCertificate;
};

} // namespace tsunagu
