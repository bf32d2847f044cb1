// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapTranscript.h"

namespace tsunagu::test {

namespace {

const char* errorName(ImapErrorCode code)
{
    switch (code) {
    case ImapErrorCode::Unreachable:
        return "Unreachable";
    case ImapErrorCode::Timeout:
        return "Timeout";
    case ImapErrorCode::TlsUntrusted:
        return "TlsUntrusted";
    case ImapErrorCode::TlsFailed:
        return "TlsFailed";
    case ImapErrorCode::CaFileUnreadable:
        return "CaFileUnreadable";
    case ImapErrorCode::StartTlsUnavailable:
        return "StartTlsUnavailable";
    case ImapErrorCode::PlainNotAllowed:
        return "PlainNotAllowed";
    case ImapErrorCode::AuthenticationFailed:
        return "AuthenticationFailed";
    case ImapErrorCode::MailboxMissing:
        return "MailboxMissing";
    case ImapErrorCode::OverQuota:
        return "OverQuota";
    case ImapErrorCode::Dropped:
        return "Dropped";
    case ImapErrorCode::Protocol:
        return "Protocol";
    case ImapErrorCode::Refused:
        return "Refused";
    case ImapErrorCode::NotConnected:
        return "NotConnected";
    }
    return "?";
}

} // namespace

QString describe(const ImapError& error)
{
    return QString::fromLatin1(errorName(error.code));
}

Endpoint testEndpoint(SecurityMode mode)
{
    Endpoint endpoint;
    endpoint.host = mode == SecurityMode::PlainLocal ? QStringLiteral("127.0.0.1") : QStringLiteral("imap.example.org");
    endpoint.port = mode == SecurityMode::ImplicitTls ? 993 : 143;
    endpoint.security = mode;
    endpoint.userName = QStringLiteral("host@example.org");
    endpoint.timeoutMs = 10000;
    return endpoint;
}

ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents,
                    const ImapSession::Options& options)
{
    return replaySession<ImapSession>(steps, scenario, splitAt, expectedEvents, options);
}

void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents,
                      const ImapSession::Options& options)
{
    replaySessionEverySplit<ImapSession>(steps, scenario, expectedEvents, options);
}

} // namespace tsunagu::test
