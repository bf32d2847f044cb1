// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertificate.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu::test {

const TestCertificate& testCertificate(const QString& subject)
{
    static QTemporaryDir s_dir;
    static QHash<QString, std::shared_ptr<TestCertificate>> s_made;
    if (auto found = s_made.value(subject))
        return *found;
    auto certificate = std::make_shared<TestCertificate>();
    s_made.insert(subject, certificate);
    if (!s_dir.isValid()) {
        certificate->error = QStringLiteral("no temporary folder for the certificate");
        return *certificate;
    }
    const QString name = QString::number(s_made.size());
    certificate->certPath = s_dir.filePath(name + QStringLiteral("-cert.pem"));
    certificate->keyPath = s_dir.filePath(name + QStringLiteral("-key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), subject,
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), certificate->keyPath, QStringLiteral("-out"), certificate->certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        certificate->error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return *certificate;
    }
    certificate->made = true;
    return *certificate;
}

QSslCertificate pemCertificate(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    REQUIRE(certificates.size() == 1);
    return certificates.first();
}

} // namespace tsunagu::test
