// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTranscript.h"

namespace tsunagu::test::smtpscript {

const char* codeName(SmtpErrorCode code)
{
    switch (code) {
    case SmtpErrorCode::Unreachable:
        return "Unreachable";
    case SmtpErrorCode::TlsFailed:
        return "TlsFailed";
    case SmtpErrorCode::TlsUntrusted:
        return "TlsUntrusted";
    case SmtpErrorCode::CaFileUnreadable:
        return "CaFileUnreadable";
    case SmtpErrorCode::StartTlsUnavailable:
        return "StartTlsUnavailable";
    case SmtpErrorCode::PlainNotAllowed:
        return "PlainNotAllowed";
    case SmtpErrorCode::AuthUnavailable:
        return "AuthUnavailable";
    case SmtpErrorCode::AuthFailed:
        return "AuthFailed";
    case SmtpErrorCode::SenderRejected:
        return "SenderRejected";
    case SmtpErrorCode::RecipientRejected:
        return "RecipientRejected";
    case SmtpErrorCode::MessageRejected:
        return "MessageRejected";
    case SmtpErrorCode::MessageTooBig:
        return "MessageTooBig";
    case SmtpErrorCode::TemporaryFailure:
        return "TemporaryFailure";
    case SmtpErrorCode::Timeout:
        return "Timeout";
    case SmtpErrorCode::Dropped:
        return "Dropped";
    case SmtpErrorCode::Protocol:
        return "Protocol";
    case SmtpErrorCode::Cancelled:
        return "Cancelled";
    }
    return "?";
}

QString describe(const SmtpResult<SmtpReceipt>& result)
{
    if (result)
        return QStringLiteral("sent ") + result->accepted.join(QLatin1Char(',')) + QStringLiteral(": ") +
               result->serverReply;
    const SmtpError& error = result.error();
    QStringList parts{QString::fromLatin1(codeName(error.code))};
    if (error.replyCode != 0)
        parts.append(QString::number(error.replyCode));
    if (!error.enhancedStatus.isEmpty())
        parts.append(error.enhancedStatus);
    if (!error.recipient.isEmpty())
        parts.append(error.recipient);
    return parts.join(QLatin1Char(' '));
}

Endpoint testEndpoint(SecurityMode mode)
{
    Endpoint endpoint;
    endpoint.host = mode == SecurityMode::PlainLocal ? QStringLiteral("127.0.0.1") : QStringLiteral("smtp.example.org");
    endpoint.port = mode == SecurityMode::ImplicitTls ? 465 : 587;
    endpoint.security = mode;
    endpoint.userName = QStringLiteral("host@example.org");
    endpoint.timeoutMs = 10000;
    return endpoint;
}

ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents)
{
    return replaySession<SmtpSession>(steps, scenario, splitAt, expectedEvents);
}

void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents)
{
    replaySessionEverySplit<SmtpSession>(steps, scenario, expectedEvents);
}

} // namespace tsunagu::test::smtpscript
