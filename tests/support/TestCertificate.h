// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QString>

namespace tsunagu::test {

// A self-signed certificate (P-256, CN=localhost, SAN localhost and 127.0.0.1) with its key, made with openssl
// once per test process and subject: test servers share it, since making a key takes a noticeable moment.
struct TestCertificate
{
    bool made = false;
    QString error; // why it could not be made
    QString certPath;
    QString keyPath;
};

// `subject` as openssl takes it ("/CN=localhost"); the same subject gives the same files.
const TestCertificate& testCertificate(const QString& subject);

// The one certificate in a PEM file of the test data (the test fails when there is not exactly one).
QSslCertificate pemCertificate(const QString& path);

} // namespace tsunagu::test
