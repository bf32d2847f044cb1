// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/CertificateInfo.h"

#include <QCryptographicHash>

namespace tsunagu {

namespace {

// "CN=…, O=…, C=…" from the attributes people recognise, in a stable order.
QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    struct Field
    {
        QSslCertificate::SubjectInfo info;
        const char* label;
    };
    static const Field kFields[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::LocalityName, "L"},
        {QSslCertificate::StateOrProvinceName, "ST"},
        {QSslCertificate::CountryName, "C"},
    };
    QStringList parts;
    for (const Field& field : kFields) {
        const QStringList values = issuer ? certificate.issuerInfo(field.info) : certificate.subjectInfo(field.info);
        for (const QString& value : values)
            parts.append(QLatin1String(field.label) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString CertificateInfo::fingerprintText() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

CertificateInfo CertificateInfo::from(const QSslCertificate& certificate, const QList<QSslError>& errors)
{
    CertificateInfo info;
    if (certificate.isNull()) {
        for (const QSslError& error : errors)
            info.problems.append(error.errorString());
        return info;
    }
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    info.pem = certificate.toPem();
    for (const QSslError& error : errors) {
        if (!info.problems.contains(error.errorString()))
            info.problems.append(error.errorString());
    }
    return info;
}

} // namespace tsunagu
