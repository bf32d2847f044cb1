// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu::test {

// A throwaway aiosmtpd SMTP server on 127.0.0.1 for tests against a real server.
//
// A small Python script (written into a QTemporaryDir with its configuration) runs aiosmtpd with the Debian
// interpreter /usr/bin/python3 and binds a free port itself, so no other process can take the port in between;
// it reports the port on stdout. Every message it accepts is written to the folder with its envelope, and
// messages() reads them back. The self-signed certificate (CN=localhost, SAN localhost and 127.0.0.1) is made with
// openssl once per test process. Only fictional users and passwords.
//
// aiosmtpd quirk: the authenticator must return AuthResult(success=False, handled=False) on a wrong password, or
// the server sends no reply and the client waits for its timeout; the script does.
// This is test code: start() and stop() block (waitForReadyRead, poll-connect, waitForFinished) with deadlines.
class SmtpServer
{
public:
    enum class Security
    {
        Plain,       // no TLS at all (for SecurityMode::PlainLocal)
        StartTls,    // plain greeting; STARTTLS is required before anything else, AUTH only after it
        ImplicitTls, // TLS from the first byte (SMTPS)
    };

    struct Options
    {
        Security security = Security::StartTls;
        // Empty: no AUTH needed (and none accepted).
        QString user = QStringLiteral("host@example.org");
        // Empty: a fixed fictional test password.
        QString password;
        // The SIZE the server announces and enforces; 0: aiosmtpd's default (32 MiB).
        qint64 sizeLimit = 0;
        // Set: AUTH XOAUTH2 and OAUTHBEARER are offered too (those named in bearerMechanisms), and a token is
        // accepted when this RFC 7662 introspection address says it is active for `user`; a refused token gets
        // the JSON error challenge of RFC 7628 §3.2.2, then 535.
        QString introspectionUrl;
        QStringList bearerMechanisms{QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")};
    };

    // A message as the server received it: the envelope, and the data after dot-unstuffing (CRLF line ends).
    struct Message
    {
        QString mailFrom;
        QStringList rcptTos;
        QStringList mailOptions; // MAIL FROM parameters, e.g. "SIZE=123", "BODY=8BITMIME"
        QByteArray bytes;
    };

    SmtpServer();
    explicit SmtpServer(Options options);
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    // /usr/bin/python3 can import aiosmtpd and openssl is installed.
    static bool available();
    // requireServer() for available(): a test without aiosmtpd is skipped, or fails under CI=true.
    static void requireInstalled();

    // Writes the script, starts it and waits (up to 10 s) until its port accepts connections. On failure the
    // reason is in errorString() and the server's log in logText(). Without aiosmtpd installed it does not return:
    // requireInstalled() ends the test case.
    bool start();
    // Kills the server and waits for it to exit. Safe to call when not running.
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    Security security() const { return m_options.security; }

    QString certificatePath() const;
    // SHA-256 of the certificate's DER bytes, as raw bytes, what a pin stores.
    QByteArray certificateSha256() const;

    QString user() const { return m_options.user; }
    QString password() const { return m_options.password; }

    // Every message received so far, in order of arrival. A message is complete here before the server sends its
    // 250, so a client that got the 250 finds it.
    QList<Message> messages() const;

    // The server's log and its stderr, for INFO() when a test fails.
    QString logText() const;
    QString errorString() const { return m_error; }

private:
    bool prepare();
    bool writeFiles();
    bool waitUntilListening();
    bool fail(const QString& why);
    QString spoolPath() const;

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_processOutput;
    quint16 m_port = 0;
    bool m_prepared = false;
    QString m_error;
};

} // namespace tsunagu::test
