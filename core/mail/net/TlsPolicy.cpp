// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/TlsPolicy.h"

#include <QCryptographicHash>
#include <QFile>

namespace tsunagu {

Result<TlsPolicy, TlsPolicy::Problem> TlsPolicy::forEndpoint(const Endpoint& endpoint)
{
    TlsPolicy policy;
    policy.m_pinnedSha256 = endpoint.pinnedSha256;
    if (!endpoint.caFile.isEmpty()) {
        QFile file(endpoint.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error<Problem>{Problem::CaFileUnreadable,
                                  endpoint.caFile + QStringLiteral(": ") + file.errorString()};
        policy.m_extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (policy.m_extraCas.isEmpty())
            return Error<Problem>{Problem::CaFileUnreadable,
                                  QStringLiteral("no PEM certificate in ") + endpoint.caFile};
    }
    return policy;
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // TLS 1.2 is the floor the mail providers we meet all support (RFC 8996 retires 1.0 and 1.1).
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extraCas.isEmpty())
        configuration.addCaCertificates(m_extraCas);
    return configuration;
}

TlsPolicy::Verdict TlsPolicy::evaluate(const QList<QSslError>& errors, const QSslCertificate& leaf) const
{
    Verdict verdict;
    const QByteArray leafSha256 =
        leaf.isNull() ? QByteArray() : QCryptographicHash::hash(leaf.toDer(), QCryptographicHash::Sha256);
    const bool pinned = !m_pinnedSha256.isEmpty() && !leafSha256.isEmpty() && leafSha256 == m_pinnedSha256;
    if (pinned) {
        // A pin trusts this one certificate as it is: its self-signature, unknown issuer, expiry or name. It does
        // not excuse a revoked or blacklisted certificate, nor errors about some other certificate in the chain
        // that the pinned leaf does not vouch for.
        bool acceptable = true;
        for (const QSslError& error : errors) {
            const bool aboutLeaf = error.certificate().isNull() || error.certificate() == leaf;
            const bool excusable = error.error() != QSslError::CertificateRevoked &&
                                   error.error() != QSslError::CertificateBlacklisted &&
                                   error.error() != QSslError::NoPeerCertificate;
            if (!aboutLeaf || !excusable)
                acceptable = false;
        }
        if (acceptable) {
            verdict.trusted = true;
            verdict.errorsToIgnore = errors;
            return verdict;
        }
    }
    verdict.certificate = CertificateInfo::from(leaf, errors);
    return verdict;
}

} // namespace tsunagu
