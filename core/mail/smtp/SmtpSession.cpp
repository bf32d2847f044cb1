// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession: starting a delivery, the socket's events, the wire, failures and time. What is said in which
// order is in SmtpSessionSteps.cpp.
#include "mail/smtp/SmtpSession.h"

#include "common/LocalHost.h"
#include "mail/smtp/SmtpEncoder.h"
#include "mail/smtp/SmtpLog.h"

#include <algorithm>
#include <limits>

namespace tsunagu {

SmtpSession::SmtpSession(MailSocketFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool SmtpSession::setEhloDomain(const QString& domain)
{
    if (!SmtpEncoder::isValidEhloDomain(domain))
        return false;
    m_ehloDomain = domain;
    return true;
}

void SmtpSession::send(const Endpoint& endpoint, const QString& password, const SmtpEnvelope& envelope,
                       const QByteArray& message, DoneCallback done)
{
    auto refuse = [this, &done](SmtpError error) {
        invokeLater([done, error] { done(error); });
    };
    auto simpleError = [](SmtpErrorCode code, const QString& detail, const QString& recipient = QString()) {
        SmtpError error;
        error.code = code;
        error.detail = detail;
        error.recipient = recipient;
        return error;
    };
    if (isBusy()) {
        refuse(simpleError(SmtpErrorCode::Protocol, QStringLiteral("busy: a delivery is already in progress")));
        return;
    }
    // A connection still closing after the previous delivery (waiting for the 221) is not needed any more.
    closeConnection();
    m_rejectedCertificate.reset();

    // Checked before any packet leaves, so no caller string can inject a command (STYLE.md §12).
    if (!SmtpEncoder::isValidAddress(envelope.from)) {
        refuse(simpleError(SmtpErrorCode::SenderRejected, QStringLiteral("the sender address cannot be sent")));
        return;
    }
    if (envelope.recipients.isEmpty()) {
        refuse(simpleError(SmtpErrorCode::RecipientRejected, QStringLiteral("no recipient")));
        return;
    }
    for (const QString& recipient : envelope.recipients) {
        if (!SmtpEncoder::isValidAddress(recipient)) {
            refuse(simpleError(SmtpErrorCode::RecipientRejected, QStringLiteral("the recipient address cannot be sent"),
                               recipient));
            return;
        }
    }
    // RFC 8314 §3 and STYLE.md §13: never plain text towards another computer; refused before connecting.
    if (endpoint.security == SecurityMode::PlainLocal && !isLocalHost(endpoint.host)) {
        refuse(simpleError(SmtpErrorCode::PlainNotAllowed, QStringLiteral("no TLS towards ") + endpoint.host));
        return;
    }
    auto policy = TlsPolicy::forEndpoint(endpoint);
    if (!policy) {
        refuse(simpleError(SmtpErrorCode::TlsFailed, policy.error().detail));
        return;
    }

    m_policy = policy.value();
    m_endpoint = endpoint;
    m_password = password;
    m_envelope = envelope;
    m_message = message;
    m_messageSize = SmtpEncoder::normaliseLineEnds(message).size();
    m_eightBit = SmtpEncoder::needsEightBit(message);
    m_done = std::move(done);
    m_tlsActive = false;
    m_capabilities = {};
    m_nextRecipient = 0;
    m_accepted.clear();
    m_reader.reset();

    m_socket = m_factory();
    MailSocket* socket = m_socket.get();
    connect(socket, &MailSocket::connected, this, &SmtpSession::onConnected);
    connect(socket, &MailSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(socket, &MailSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(socket, &MailSocket::tlsErrorsOccurred, this, &SmtpSession::onTlsErrors);
    connect(socket, &MailSocket::failed, this, &SmtpSession::onSocketFailed);
    socket->setTlsConfiguration(m_policy.configuration());
    m_stage = Stage::Greeting;
    socket->connectToHost(endpoint.host, endpoint.port, endpoint.security == SecurityMode::ImplicitTls);
    armTimeout();
}

void SmtpSession::abort()
{
    if (isBusy())
        fail(SmtpErrorCode::Cancelled, QStringLiteral("cancelled by the application"), Close::AtOnce);
    else
        closeConnection();
}

// ---- socket events -----------------------------------------------------------------------------------------------

void SmtpSession::onConnected()
{
    // With implicit TLS the socket reports the connection only once the handshake is done.
    if (m_endpoint.security == SecurityMode::ImplicitTls)
        m_tlsActive = true;
    armTimeout();
}

void SmtpSession::onEncrypted()
{
    if (m_stage != Stage::TlsHandshake)
        return;
    // RFC 3207 §4.2: the client must discard what it knew from the server and issue EHLO again.
    m_tlsActive = true;
    m_capabilities = {};
    m_reader.reset();
    sendEhlo();
}

void SmtpSession::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    // Between the 220 to STARTTLS and the end of the handshake nothing counts (CVE-2011-0411 class injection).
    if (bytes.isEmpty() || m_stage == Stage::Idle || m_stage == Stage::TlsHandshake)
        return;
    m_reader.feed(bytes);
    armTimeout();
    const quint64 connection = m_connection;
    while (connection == m_connection && m_stage != Stage::Idle && m_stage != Stage::TlsHandshake) {
        const std::optional<SmtpReply> reply = m_reader.next();
        if (!reply) {
            if (m_reader.failed())
                fail(SmtpErrorCode::Protocol, QStringLiteral("unreadable reply: ") + m_reader.errorString(),
                     Close::AtOnce);
            return;
        }
        if (m_stage == Stage::Quit) {
            closeConnection(); // the 221, or whatever the server says to QUIT: we are finished either way
            return;
        }
        handleReply(*reply);
        // No pipelining: the server speaks only when spoken to. Bytes already here after the reply we just acted
        // on were sent before the server saw our next command: an injection or a confused server, either way
        // they would be taken as the answer to a command the server never read.
        if (connection == m_connection && m_stage != Stage::Quit && m_stage != Stage::TlsHandshake &&
            m_stage != Stage::Idle && m_reader.hasBufferedBytes()) {
            fail(SmtpErrorCode::Protocol, QStringLiteral("the server sent a reply before the command"), Close::AtOnce);
            return;
        }
    }
}

void SmtpSession::onTlsErrors(const QList<QSslError>& errors)
{
    if (!m_socket)
        return;
    const TlsPolicy::Verdict verdict = m_policy.evaluate(errors, m_socket->peerCertificate());
    if (verdict.trusted) {
        m_socket->ignoreTlsErrors(verdict.errorsToIgnore);
        return;
    }
    m_rejectedCertificate = verdict.certificate;
    fail(SmtpErrorCode::TlsUntrusted, verdict.certificate.problems.join(QStringLiteral("; ")), Close::AtOnce);
}

void SmtpSession::onSocketFailed(MailSocket::Failure failure, const QString& detail)
{
    if (!isBusy()) {
        closeConnection(); // closed after QUIT (or instead of the 221): normal
        return;
    }
    switch (failure) {
    case MailSocket::Failure::Unreachable:
        fail(SmtpErrorCode::Unreachable, detail, Close::AtOnce);
        return;
    case MailSocket::Failure::TlsFailed:
        fail(SmtpErrorCode::TlsFailed, detail, Close::AtOnce);
        return;
    case MailSocket::Failure::Closed:
        break;
    }
    // After the data was sent and before the 250, the message may or may not have been taken: the detail says so.
    fail(SmtpErrorCode::Dropped,
         m_stage == Stage::Body ? QStringLiteral("connection lost before the server confirmed the message: ") + detail
                                : detail,
         Close::AtOnce);
}

void SmtpSession::onTimeout()
{
    if (!isBusy()) {
        closeConnection(); // no 221 in time: close anyway, the delivery is settled
        return;
    }
    fail(SmtpErrorCode::Timeout, QStringLiteral("no answer from the server within %1 ms").arg(m_endpoint.timeoutMs),
         Close::AtOnce);
}

// ---- the wire, failing, time ---------------------------------------------------------------------------------------

void SmtpSession::write(const QByteArray& bytes, Stage next)
{
    m_stage = next;
    m_socket->write(bytes);
    armTimeout();
}

void SmtpSession::fail(SmtpErrorCode code, const QString& detail, Close close)
{
    SmtpError error;
    error.code = code;
    error.detail = detail;
    fail(std::move(error), close);
}

void SmtpSession::fail(SmtpError error, Close close)
{
    error.detail = withoutSecrets(error.detail);
    qCInfo(lcSmtp) << "delivery failed: error code" << int(error.code) << "reply" << error.replyCode
                   << error.enhancedStatus;
    m_password.clear();
    m_message.clear();
    DoneCallback done = std::move(m_done);
    m_done = nullptr;
    if (close == Close::Politely && m_socket && m_stage != Stage::Idle && m_stage != Stage::TlsHandshake)
        write(SmtpEncoder::quit(), Stage::Quit);
    else
        closeConnection();
    if (done)
        done(std::move(error));
}

void SmtpSession::failOnReply(SmtpErrorCode code, const SmtpReply& reply, const QString& context)
{
    SmtpError error;
    error.code = code;
    error.replyCode = reply.code;
    error.enhancedStatus = reply.enhancedStatus;
    error.detail = context + QStringLiteral(": ") + QString::number(reply.code) + QLatin1Char(' ') + reply.text();
    // 421: the server is closing the channel (RFC 5321 §3.8); nothing more to say to it.
    fail(std::move(error), reply.code == 421 ? Close::AtOnce : Close::Politely);
}

void SmtpSession::succeed(SmtpReceipt receipt)
{
    qCInfo(lcSmtp) << "delivered to" << m_accepted.size() << "recipients";
    m_password.clear();
    m_message.clear();
    DoneCallback done = std::move(m_done);
    m_done = nullptr;
    write(SmtpEncoder::quit(), Stage::Quit);
    if (done)
        done(std::move(receipt));
}

void SmtpSession::closeConnection()
{
    ++m_connection;
    m_timeout.stop();
    m_stage = Stage::Idle;
    m_tlsActive = false;
    m_reader.reset();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        // We may be inside one of the socket's own signals: it is deleted once that has returned.
        m_socket.release()->deleteLater();
    }
}

void SmtpSession::armTimeout()
{
    if (m_stage == Stage::Idle) {
        m_timeout.stop();
        return;
    }
    qint64 wait = std::max(1, m_endpoint.timeoutMs);
    // The reply to the data comes only after the whole message went up, and the socket does not tell us how far
    // the upload is: allow for a slow link (16 bytes per millisecond, about 128 kbit/s) on top of the usual
    // wait. RFC 5321 §4.5.3.2.6 even suggests 10 minutes here; a reply of a few kilobytes adds nothing.
    if (m_stage == Stage::Body)
        wait += m_messageSize / 16;
    m_timeout.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void SmtpSession::invokeLater(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

QString SmtpSession::withoutSecrets(QString text) const
{
    // A server that echoes what it was sent must not carry the password into an error detail or a log.
    if (m_password.isEmpty())
        return text;
    const QString plain = QString::fromLatin1(
        SmtpEncoder::authPlain(m_endpoint.userName, m_password).value_or(QByteArray()).mid(11).trimmed());
    const QString login = QString::fromLatin1(SmtpEncoder::loginResponse(m_password).trimmed());
    for (const QString& secret : {m_password, plain, login}) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("[hidden]"));
    }
    return text;
}

} // namespace tsunagu
