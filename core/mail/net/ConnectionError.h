// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/net/CertificateInfo.h"

#include <QString>

#include <optional>

namespace tsunagu {

// Why a mail connection could not be made or did not last, the same for IMAP and SMTP. Each protocol maps these to
// its own error codes in one function (imapErrorCode(), smtpErrorCode()), so both say the same thing about the same
// network, TLS or file problem.
enum class ConnectionError
{
    PlainNotLocal,    // SecurityMode::PlainLocal towards a host that is not this computer; refused before connecting
    CaFileUnreadable, // the certificate file the account trusts could not be read (moved, deleted, not PEM)
    Unreachable,      // host not found, connection refused, network down (before the connection stood)
    Timeout,          // no answer within Endpoint::timeoutMs
    TlsFailed,        // the handshake failed for a reason other than trust
    TlsUntrusted,     // the certificate is not trusted and not pinned: ConnectionFailure::certificate has it
    Dropped,          // the peer closed or the network broke after the connection stood
};

struct ConnectionFailure
{
    ConnectionError code{};
    QString detail; // technical: the socket's or TLS library's words, a file name; never a password
    // For TlsUntrusted: what the UI shows so the host can decide, and what a pin takes.
    std::optional<CertificateInfo> certificate;
};

} // namespace tsunagu
