// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession, the conversation: which reply leads to which command, and which reply means which error.
#include "mail/smtp/SmtpSession.h"

#include "mail/net/Sasl.h"
#include "mail/smtp/SmtpEncoder.h"
#include "mail/smtp/SmtpLog.h"

namespace tsunagu {

void SmtpSession::handleReply(const SmtpReply& reply)
{
    // RFC 5321 §3.8: 421 may come at any time; the server closes right after it.
    if (reply.code == 421) {
        failOnReply(SmtpErrorCode::TemporaryFailure, reply, QStringLiteral("the server closed the session"));
        return;
    }
    qCDebug(lcSmtp) << "reply" << reply.code << "at step" << int(m_stage);
    switch (m_stage) {
    case Stage::Greeting:
        afterGreeting(reply);
        return;
    case Stage::Ehlo:
        afterEhlo(reply);
        return;
    case Stage::StartTls:
        afterStartTls(reply);
        return;
    case Stage::AuthPlain:
    case Stage::AuthLoginUser:
    case Stage::AuthLoginPassword:
    case Stage::AuthLoginDone:
    case Stage::AuthBearer:
    case Stage::AuthBearerRefused:
        afterAuth(reply);
        return;
    case Stage::MailFrom:
        afterMailFrom(reply);
        return;
    case Stage::RcptTo:
        afterRcptTo(reply);
        return;
    case Stage::Data:
        afterData(reply);
        return;
    case Stage::Body:
        afterBody(reply);
        return;
    case Stage::Idle:
    case Stage::TlsHandshake:
    case Stage::Quit:
        return; // onReadyRead() never hands these a reply
    }
}

void SmtpSession::afterGreeting(const SmtpReply& reply)
{
    if (reply.code == 220) {
        sendEhlo();
        return;
    }
    if (reply.isTransient()) {
        failOnReply(SmtpErrorCode::TemporaryFailure, reply, QStringLiteral("greeting"));
        return;
    }
    // RFC 5321 §3.1: 554 instead of 220 means "no SMTP service here" (for us, now): as good as unreachable.
    if (reply.isPermanent()) {
        failOnReply(SmtpErrorCode::Unreachable, reply, QStringLiteral("greeting"));
        return;
    }
    fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected greeting %1").arg(reply.code), Close::AtOnce);
}

void SmtpSession::sendEhlo()
{
    // setEhloDomain() accepts only valid domains, so this always encodes.
    write(SmtpEncoder::ehlo(m_ehloDomain).value_or(QByteArrayLiteral("EHLO [127.0.0.1]\r\n")), Stage::Ehlo);
}

void SmtpSession::afterEhlo(const SmtpReply& reply)
{
    if (reply.code != 250) {
        if (reply.isTransient())
            failOnReply(SmtpErrorCode::TemporaryFailure, reply, QStringLiteral("EHLO"));
        else if (reply.isPermanent())
            failOnReply(SmtpErrorCode::Protocol, reply, QStringLiteral("EHLO refused"));
        else
            fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected reply %1 to EHLO").arg(reply.code), Close::AtOnce);
        return;
    }
    m_capabilities = SmtpCapabilities::fromEhlo(reply);

    if (m_endpoint.security == SecurityMode::StartTls && !m_link.isEncrypted()) {
        // RFC 3207 and STYLE.md §13: strict, no fallback to plain text.
        if (!m_capabilities.has("STARTTLS")) {
            fail(SmtpErrorCode::StartTlsUnavailable, QStringLiteral("the server does not offer STARTTLS"),
                 Close::Politely);
            return;
        }
        write(SmtpEncoder::startTls(), Stage::StartTls);
        return;
    }

    // Both checks come before AUTH: no credentials are sent for a delivery that cannot happen.
    if (m_eightBit && !m_capabilities.has("8BITMIME")) {
        // Our composer sends 7-bit (base64 or quoted-printable); this guards against anything else slipping in.
        fail(SmtpErrorCode::MessageRejected, QStringLiteral("server lacks 8BITMIME"), Close::Politely);
        return;
    }
    const std::optional<qint64> limit = m_capabilities.sizeLimit();
    if (limit && m_messageSize > *limit) {
        SmtpError error;
        error.code = SmtpErrorCode::MessageTooBig;
        error.detail =
            QStringLiteral("the message has %1 bytes, the server takes at most %2").arg(m_messageSize).arg(*limit);
        fail(std::move(error), Close::Politely);
        return;
    }
    authenticate();
}

void SmtpSession::afterStartTls(const SmtpReply& reply)
{
    if (reply.code != 220) {
        if (reply.isPositive()) {
            fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected reply %1 to STARTTLS").arg(reply.code),
                 Close::AtOnce);
            return;
        }
        failOnReply(SmtpErrorCode::StartTlsUnavailable, reply, QStringLiteral("STARTTLS refused"));
        return;
    }
    // RFC 3207 §4.2, CVE-2011-0411 class: whatever followed the 220 in plain text was not protected and is
    // dropped, including bytes still unread in the socket (startTls() drops those, and everything until the
    // handshake is done).
    m_reader.reset();
    m_stage = Stage::TlsHandshake;
    m_link.startTls();
    armTimeout();
}

void SmtpSession::authenticate()
{
    if (m_endpoint.userName.isEmpty()) {
        m_password.clear();
        sendMailFrom();
        return;
    }
    // Credentials never travel in plain text, except to this computer (a local bridge or test server).
    if (!m_link.mayAuthenticate()) {
        fail(SmtpErrorCode::AuthUnavailable, QStringLiteral("refusing to authenticate without TLS"), Close::Politely);
        return;
    }
    if (m_endpoint.auth == MailAuth::BearerToken) {
        authenticateWithToken();
        return;
    }
    if (m_capabilities.hasAuth("PLAIN")) {
        const std::optional<QByteArray> command = SmtpEncoder::authPlain(m_endpoint.userName, m_password);
        if (!command) {
            fail(SmtpErrorCode::AuthFailed, QStringLiteral("the credentials contain a NUL character"), Close::Politely);
            return;
        }
        write(*command, Stage::AuthPlain);
        return;
    }
    if (m_capabilities.hasAuth("LOGIN")) {
        write(SmtpEncoder::authLogin(), Stage::AuthLoginUser);
        return;
    }
    fail(SmtpErrorCode::AuthUnavailable, QStringLiteral("the server offers neither AUTH PLAIN nor AUTH LOGIN"),
         Close::Politely);
}

void SmtpSession::authenticateWithToken()
{
    const std::optional<SaslMechanism> mechanism =
        sasl::bearerMechanism([this](const QByteArray& name) { return m_capabilities.hasAuth(name); });
    if (!mechanism) {
        fail(SmtpErrorCode::AuthUnavailable,
             QStringLiteral("the server offers neither AUTH OAUTHBEARER nor AUTH XOAUTH2 for an access token"),
             Close::Politely);
        return;
    }
    const std::optional<QByteArray> initial =
        sasl::bearerInitialResponse(*mechanism, m_endpoint.userName, m_password, m_endpoint);
    if (!initial) {
        fail(SmtpErrorCode::AuthFailed,
             QStringLiteral("the user name or the access token contains a control character"), Close::Politely);
        return;
    }
    m_bearerMechanism = *mechanism;
    m_bearerChallenge.clear();
    m_bearerResponse = initial->toBase64();
    // RFC 4954 §4: the initial response goes with the command (a line of up to 12288 octets is allowed there,
    // enough for the long tokens Microsoft issues).
    write("AUTH " + sasl::mechanismName(*mechanism) + ' ' + m_bearerResponse + "\r\n", Stage::AuthBearer);
}

void SmtpSession::afterAuth(const SmtpReply& reply)
{
    if (reply.code == 334 && m_stage == Stage::AuthBearer) {
        // RFC 7628 §3.2.2: a challenge after the initial response is the server's error in JSON; acknowledge it
        // and the server answers with the failure (535).
        m_bearerChallenge = sasl::describeBearerChallenge(reply.lines.value(0));
        write(sasl::bearerErrorAcknowledgement(m_bearerMechanism).toBase64() + "\r\n", Stage::AuthBearerRefused);
        return;
    }
    if (reply.code == 334) {
        // LOGIN asks for the user name, then the password (the challenge texts are not standard and not read).
        switch (m_stage) {
        case Stage::AuthLoginUser:
            write(SmtpEncoder::loginResponse(m_endpoint.userName), Stage::AuthLoginPassword);
            return;
        case Stage::AuthLoginPassword: {
            const QByteArray response = SmtpEncoder::loginResponse(m_password);
            m_password.clear();
            write(response, Stage::AuthLoginDone);
            return;
        }
        default:
            // PLAIN went with its initial response (RFC 4954 §4) and LOGIN has had both answers: a further
            // challenge makes no sense.
            fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected AUTH challenge"), Close::AtOnce);
            return;
        }
    }
    if (reply.code == 235 &&
        (m_stage == Stage::AuthPlain || m_stage == Stage::AuthLoginDone || m_stage == Stage::AuthBearer)) {
        qCInfo(lcSmtp) << "AUTH ok";
        m_password.clear();
        m_bearerResponse.clear();
        sendMailFrom();
        return;
    }
    if (reply.isPositive()) {
        fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected reply %1 to AUTH").arg(reply.code), Close::AtOnce);
        return;
    }
    // RFC 4954 §6: 454 temporary failure; 504 mechanism unknown and 538 encryption required: nothing to log in
    // with; 535 credentials invalid, 534 mechanism too weak and any other 5xx: the login failed.
    SmtpErrorCode code = SmtpErrorCode::AuthFailed;
    if (reply.isTransient())
        code = SmtpErrorCode::TemporaryFailure;
    else if (reply.code == 504 || reply.code == 538)
        code = SmtpErrorCode::AuthUnavailable;
    failOnReply(code, reply,
                m_bearerChallenge.isEmpty() ? QStringLiteral("AUTH") : QStringLiteral("AUTH: ") + m_bearerChallenge);
}

void SmtpSession::sendMailFrom()
{
    const std::optional<qint64> size =
        m_capabilities.has("SIZE") ? std::optional<qint64>(m_messageSize) : std::optional<qint64>();
    const bool eightBit = m_eightBit && m_capabilities.has("8BITMIME");
    // The address was checked in send(), so this always encodes.
    const std::optional<QByteArray> command = SmtpEncoder::mailFrom(m_envelope.from, size, eightBit);
    if (!command) {
        fail(SmtpErrorCode::SenderRejected, QStringLiteral("the sender address cannot be sent"), Close::Politely);
        return;
    }
    write(*command, Stage::MailFrom);
}

void SmtpSession::afterMailFrom(const SmtpReply& reply)
{
    if (reply.code == 250) {
        sendNextRecipient();
        return;
    }
    if (reply.isTransient())
        failOnReply(SmtpErrorCode::TemporaryFailure, reply, QStringLiteral("MAIL FROM"));
    else if (reply.code == 552) // RFC 1870 §6.1: the SIZE given is over the server's limit
        failOnReply(SmtpErrorCode::MessageTooBig, reply, QStringLiteral("MAIL FROM"));
    else if (reply.isPermanent())
        failOnReply(SmtpErrorCode::SenderRejected, reply, QStringLiteral("MAIL FROM"));
    else
        fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected reply %1 to MAIL FROM").arg(reply.code),
             Close::AtOnce);
}

void SmtpSession::sendNextRecipient()
{
    if (m_nextRecipient >= m_envelope.recipients.size()) {
        write(SmtpEncoder::data(), Stage::Data);
        return;
    }
    const std::optional<QByteArray> command = SmtpEncoder::rcptTo(m_envelope.recipients.at(m_nextRecipient));
    if (!command) {
        SmtpError error;
        error.code = SmtpErrorCode::RecipientRejected;
        error.detail = QStringLiteral("the recipient address cannot be sent");
        error.recipient = m_envelope.recipients.at(m_nextRecipient);
        fail(std::move(error), Close::Politely);
        return;
    }
    write(*command, Stage::RcptTo);
}

void SmtpSession::afterRcptTo(const SmtpReply& reply)
{
    const QString recipient = m_envelope.recipients.at(m_nextRecipient);
    // RFC 5321 §4.2.5: 250 taken, 251 will be forwarded.
    if (reply.code == 250 || reply.code == 251) {
        m_accepted.append(recipient);
        ++m_nextRecipient;
        sendNextRecipient();
        return;
    }
    if (!reply.isTransient() && !reply.isPermanent()) {
        fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected reply %1 to RCPT TO").arg(reply.code), Close::AtOnce);
        return;
    }
    // One refused recipient stops the whole delivery before DATA: half a delivery would leave the host unsure who
    // got the reply. RFC 5321 §4.5.3.1.10: a 552 to RCPT (too many recipients) is to be taken as 452.
    SmtpError error;
    error.code =
        reply.isTransient() || reply.code == 552 ? SmtpErrorCode::TemporaryFailure : SmtpErrorCode::RecipientRejected;
    error.replyCode = reply.code;
    error.enhancedStatus = reply.enhancedStatus;
    error.detail = QStringLiteral("RCPT TO: ") + QString::number(reply.code) + QLatin1Char(' ') + reply.text();
    error.recipient = recipient;
    fail(std::move(error), Close::Politely);
}

void SmtpSession::afterData(const SmtpReply& reply)
{
    if (reply.code == 354) {
        const QByteArray body = SmtpEncoder::dataBody(m_message);
        m_message.clear();
        write(body, Stage::Body);
        return;
    }
    if (reply.isTransient())
        failOnReply(SmtpErrorCode::TemporaryFailure, reply, QStringLiteral("DATA"));
    else if (reply.code == 552)
        failOnReply(SmtpErrorCode::MessageTooBig, reply, QStringLiteral("DATA"));
    else if (reply.isPermanent())
        failOnReply(SmtpErrorCode::MessageRejected, reply, QStringLiteral("DATA"));
    else
        fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected reply %1 to DATA").arg(reply.code), Close::AtOnce);
}

void SmtpSession::afterBody(const SmtpReply& reply)
{
    if (reply.code == 250) {
        SmtpReceipt receipt;
        receipt.accepted = m_accepted;
        receipt.serverReply = reply.text();
        succeed(std::move(receipt));
        return;
    }
    if (reply.isTransient())
        failOnReply(SmtpErrorCode::TemporaryFailure, reply, QStringLiteral("message"));
    else if (reply.code == 552) // RFC 5321 §4.2.3: exceeded storage allocation
        failOnReply(SmtpErrorCode::MessageTooBig, reply, QStringLiteral("message"));
    else if (reply.isPermanent())
        failOnReply(SmtpErrorCode::MessageRejected, reply, QStringLiteral("message"));
    else
        fail(SmtpErrorCode::Protocol, QStringLiteral("unexpected reply %1 to the message").arg(reply.code),
             Close::AtOnce);
}

} // namespace tsunagu
