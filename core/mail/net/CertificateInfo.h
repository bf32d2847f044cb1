// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace tsunagu {

// What the UI shows when a server's certificate is not trusted (STYLE.md §13), and what a pin stores.
struct CertificateInfo
{
    QString subject; // e.g. "CN=mail.example.org, O=Example"
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // of the DER bytes, raw (32 bytes); Endpoint::pinnedSha256 takes exactly this
    // Each problem in plain technical words ("The certificate is self-signed, and untrusted"), one per TLS error.
    QStringList problems;
    QByteArray pem;

    bool isNull() const { return sha256.isEmpty(); }
    // "AB:CD:…", the form people compare by eye.
    QString fingerprintText() const;

    static CertificateInfo from(const QSslCertificate& certificate, const QList<QSslError>& errors = {});
};

} // namespace tsunagu
