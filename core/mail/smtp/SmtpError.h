// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mail/net/ConnectionError.h"

#include <QString>

namespace tsunagu {

// What went wrong with one delivery. ui chooses the words a volunteer reads from the code; the detail is technical
// (server text, TLS reason) and never contains the password or the message.
enum class SmtpErrorCode
{
    Unreachable,         // host not found, connection refused, network down; or the greeting refused service (5xx)
    TlsFailed,           // handshake failed for a reason other than trust
    TlsUntrusted,        // certificate not trusted and not pinned: SmtpSession::rejectedCertificate() has it
    CaFileUnreadable,    // the certificate file the account trusts could not be read (moved, deleted, not PEM)
    StartTlsUnavailable, // STARTTLS required but not offered or refused (RFC 3207)
    PlainNotAllowed,     // SecurityMode::PlainLocal towards a host that is not this computer
    AuthUnavailable,     // a user name is set but the server offers neither AUTH PLAIN nor LOGIN (or no TLS)
    AuthFailed,          // user name or password refused (535, 534, other 5xx to AUTH)
    SenderRejected,      // MAIL FROM refused, or the sender address is not one we can send
    RecipientRejected,   // RCPT TO refused (recipient names it), or the address is not one we can send
    MessageRejected,     // DATA or the message refused, or the server cannot carry it (8-bit without 8BITMIME)
    MessageTooBig,       // 552, or bigger than the SIZE the server announced (RFC 1870)
    TemporaryFailure,    // any 4xx (421 included): try again later
    Timeout,             // no answer within Endpoint::timeoutMs
    Dropped,             // the connection broke while waiting
    Protocol,            // the server sent something we cannot read, or a reply that makes no sense here
    Cancelled,           // SmtpSession::abort()
};

// What a failure of the shared connection is called in SMTP: the one place where the two vocabularies meet.
constexpr SmtpErrorCode smtpErrorCode(ConnectionError error)
{
    switch (error) {
    case ConnectionError::PlainNotLocal:
        return SmtpErrorCode::PlainNotAllowed;
    case ConnectionError::CaFileUnreadable:
        return SmtpErrorCode::CaFileUnreadable;
    case ConnectionError::Unreachable:
        return SmtpErrorCode::Unreachable;
    case ConnectionError::Timeout:
        return SmtpErrorCode::Timeout;
    case ConnectionError::TlsFailed:
        return SmtpErrorCode::TlsFailed;
    case ConnectionError::TlsUntrusted:
        return SmtpErrorCode::TlsUntrusted;
    case ConnectionError::Dropped:
        return SmtpErrorCode::Dropped;
    }
    return SmtpErrorCode::Dropped;
}

// Error<SmtpErrorCode> carries more than the common code + detail: the reply that caused it. Specialising the
// shared template keeps SmtpResult a Result like every other in core (ok(), value(), error().code, error().detail).
template <>
struct Error<SmtpErrorCode>
{
    SmtpErrorCode code{};
    int replyCode = 0;      // the server's three-digit reply, 0 when the error did not come from a reply
    QString enhancedStatus; // RFC 3463 "5.7.8", when the server sent one
    QString detail;         // server text or technical reason, never the password
    QString recipient;      // for RecipientRejected (and a 4xx to RCPT): the address the server refused
};

using SmtpError = Error<SmtpErrorCode>;

template <typename T>
using SmtpResult = Result<T, SmtpErrorCode>;

} // namespace tsunagu
