// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mail/net/ConnectionError.h"

#include <variant>

namespace tsunagu {

// What went wrong with an IMAP session. ui chooses the words a volunteer reads from the code; the detail is
// technical (server text, TLS reason) and never contains a password.
enum class ImapErrorCode
{
    Unreachable,          // host not found, connection refused, network down
    Timeout,              // no answer within Endpoint::timeoutMs
    TlsUntrusted,         // certificate not trusted and not pinned: ImapSession::rejectedCertificate() has it
    TlsFailed,            // handshake failed otherwise
    CaFileUnreadable,     // the certificate file the account trusts could not be read (moved, deleted, not PEM)
    StartTlsUnavailable,  // STARTTLS required but not offered, refused, or the greeting was PREAUTH
    PlainNotAllowed,      // SecurityMode::PlainLocal towards a host that is not this computer
    AuthenticationFailed, // user name or password refused
    MailboxMissing,       // EXAMINE/SELECT of a mailbox that does not exist
    OverQuota,            // RFC 9208 [OVERQUOTA]
    Dropped,              // the connection broke (or the server said BYE) while something was pending
    Protocol,             // the server sent something we cannot read or over a size cap; connection dropped
    Refused,              // the server answered NO/BAD otherwise, or lacks what the call needs (e.g. IDLE)
    NotConnected,         // called while not connected (or after logout)
};

// What a failure of the shared connection is called in IMAP: the one place where the two vocabularies meet.
constexpr ImapErrorCode imapErrorCode(ConnectionError error)
{
    switch (error) {
    case ConnectionError::PlainNotLocal:
        return ImapErrorCode::PlainNotAllowed;
    case ConnectionError::CaFileUnreadable:
        return ImapErrorCode::CaFileUnreadable;
    case ConnectionError::Unreachable:
        return ImapErrorCode::Unreachable;
    case ConnectionError::Timeout:
        return ImapErrorCode::Timeout;
    case ConnectionError::TlsFailed:
        return ImapErrorCode::TlsFailed;
    case ConnectionError::TlsUntrusted:
        return ImapErrorCode::TlsUntrusted;
    case ConnectionError::Dropped:
        return ImapErrorCode::Dropped;
    }
    return ImapErrorCode::Dropped;
}

using ImapError = Error<ImapErrorCode>;

template <typename T>
using ImapResult = Result<T, ImapErrorCode>;

// For calls that return nothing but success.
using ImapDone = ImapResult<std::monostate>;

} // namespace tsunagu
