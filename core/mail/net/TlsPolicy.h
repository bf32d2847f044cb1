// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mail/net/CertificateInfo.h"
#include "mail/net/Endpoint.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

namespace tsunagu {

// One TLS policy for IMAP and SMTP (STYLE.md §13). A server is trusted when its chain verifies against the
// system CAs or the endpoint's extra CA file, or when its leaf certificate's SHA-256 equals the pinned value.
// Errors are never ignored wholesale: for a pinned leaf exactly the reported errors about that leaf are
// ignored, nothing else.
class TlsPolicy
{
public:
    enum class Problem
    {
        CaFileUnreadable,
    };

    // Reads the endpoint's CA file (if any) once.
    static Result<TlsPolicy, Problem> forEndpoint(const Endpoint& endpoint);

    // System CAs plus the extra CA certificates; peer verification on.
    QSslConfiguration configuration() const;

    struct Verdict
    {
        bool trusted = false;
        // When trusted: the exact errors to hand to QSslSocket::ignoreSslErrors(); empty otherwise.
        QList<QSslError> errorsToIgnore;
        // When not trusted: what the UI shows, so the host can decide and pin.
        CertificateInfo certificate;
    };
    // Called with the errors a handshake reported and the leaf certificate the peer presented.
    Verdict evaluate(const QList<QSslError>& errors, const QSslCertificate& leaf) const;

private:
    QList<QSslCertificate> m_extraCas;
    QByteArray m_pinnedSha256;
};

} // namespace tsunagu
