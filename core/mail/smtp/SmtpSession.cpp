// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession: starting a delivery, the socket's events, the wire, failures and time. What is said in which
// order is in SmtpSessionSteps.cpp.
#include "mail/smtp/SmtpSession.h"

#include "mail/smtp/SmtpEncoder.h"
#include "mail/smtp/SmtpLog.h"

namespace tsunagu {

SmtpSession::SmtpSession(MailSocketFactory factory, QObject* parent)
    : QObject(parent)
    , m_link(std::move(factory))
{
    connect(&m_link, &MailConnection::established, this, &SmtpSession::onEstablished);
    connect(&m_link, &MailConnection::upgraded, this, &SmtpSession::onUpgraded);
    connect(&m_link, &MailConnection::readyRead, this, &SmtpSession::onReadyRead);
    connect(&m_link, &MailConnection::failed, this, &SmtpSession::onConnectionFailed);
}

SmtpSession::~SmtpSession()
{
    m_link.disconnect(this);
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
    // The local-only rule and the CA file are checked before any packet leaves; otherwise connecting starts.
    if (const std::optional<ConnectionFailure> refused = m_link.open(endpoint)) {
        refuse(simpleError(smtpErrorCode(refused->code), refused->detail));
        return;
    }

    m_endpoint = endpoint;
    m_password = password;
    m_envelope = envelope;
    m_message = message;
    m_messageSize = SmtpEncoder::normaliseLineEnds(message).size();
    m_eightBit = SmtpEncoder::needsEightBit(message);
    m_done = std::move(done);
    m_capabilities = {};
    m_nextRecipient = 0;
    m_accepted.clear();
    m_reader.reset();
    m_stage = Stage::Greeting;
    armTimeout();
}

void SmtpSession::abort()
{
    if (isBusy())
        fail(SmtpErrorCode::Cancelled, QStringLiteral("cancelled by the application"), Close::AtOnce);
    else
        closeConnection();
}

// ---- connection events -------------------------------------------------------------------------------------------

void SmtpSession::onEstablished()
{
    armTimeout();
}

void SmtpSession::onUpgraded()
{
    if (m_stage != Stage::TlsHandshake)
        return;
    // RFC 3207 §4.2: the client must discard what it knew from the server and issue EHLO again.
    m_capabilities = {};
    m_reader.reset();
    sendEhlo();
}

void SmtpSession::onReadyRead()
{
    const QByteArray bytes = m_link.readAll();
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

void SmtpSession::onConnectionFailed(const ConnectionFailure& failure)
{
    if (failure.code == ConnectionError::TlsUntrusted)
        m_rejectedCertificate = failure.certificate;
    if (!isBusy()) {
        closeConnection(); // closed after QUIT, or no 221 in time: normal, the delivery is settled
        return;
    }
    // After the data was sent and before the 250, the message may or may not have been taken: the detail says so.
    const bool unconfirmed = failure.code == ConnectionError::Dropped && m_stage == Stage::Body;
    fail(smtpErrorCode(failure.code),
         unconfirmed ? QStringLiteral("connection lost before the server confirmed the message: ") + failure.detail
                     : failure.detail,
         Close::AtOnce);
}

// ---- the wire, failing, time ---------------------------------------------------------------------------------------

void SmtpSession::write(const QByteArray& bytes, Stage next)
{
    m_stage = next;
    m_link.write(bytes);
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
    m_bearerResponse.clear();
    m_message.clear();
    DoneCallback done = std::move(m_done);
    m_done = nullptr;
    if (close == Close::Politely && m_link.isOpen() && m_stage != Stage::Idle && m_stage != Stage::TlsHandshake)
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
    m_bearerResponse.clear();
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
    m_stage = Stage::Idle;
    m_reader.reset();
    m_link.close(); // safe inside one of the connection's own signals
}

void SmtpSession::armTimeout()
{
    if (m_stage == Stage::Idle) {
        m_link.stopWaiting();
        return;
    }
    // The reply to the data comes only after the whole message went up, and the socket does not tell us how far
    // the upload is: allow for a slow link (16 bytes per millisecond, about 128 kbit/s) on top of the usual
    // wait. RFC 5321 §4.5.3.2.6 even suggests 10 minutes here; a reply of a few kilobytes adds nothing.
    m_link.expectAnswer(m_stage == Stage::Body ? m_messageSize / 16 : 0);
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
    const QString bearer = QString::fromLatin1(m_bearerResponse);
    for (const QString& secret : {m_password, plain, login, bearer}) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("[hidden]"));
    }
    return text;
}

} // namespace tsunagu
