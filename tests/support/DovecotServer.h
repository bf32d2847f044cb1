// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu::test {

// A throwaway Dovecot 2.3 IMAP server on 127.0.0.1 for tests against a real server.
//
// Everything lives in a QTemporaryDir removed with the fixture: generated configuration, users file (one user,
// plain password), a Maildir per user, the log. Ports are free ports chosen at start() and kept by restart().
// The self-signed certificate (CN=localhost, SAN localhost and 127.0.0.1) is made with openssl once per test
// process and shared by every server, since generating an RSA key costs noticeable time.
//
// Runs as the current user in the foreground; when the test process is root (CI), Dovecot runs as
// nobody/nogroup through setpriv and the folder is handed to nobody. A system Dovecot on 143/993 is never touched.
// This is test code: start() and stop() block (poll-connect, waitForFinished) with timeouts.
// Dovecot quirk: after a failed login, anvil's auth penalty delays the next login from 127.0.0.1 by 2 s (doubling
// per failure, not disabled by auth_failure_delay = 0); a test that fails a login on purpose does it last or on
// its own server.
class DovecotServer
{
public:
    struct Options
    {
        // false: ssl = no, so there is no imaps listener and no STARTTLS on the plain port.
        bool tls = true;
        QString user = QStringLiteral("host@example.org");
        // Empty: a fixed fictional test password.
        QString password;
        // Sent and Drafts exist from the first login and carry the RFC 6154 attributes \Sent and \Drafts (as
        // Maildir++ folders .Sent and .Drafts). Off by default: the mailbox list is then INBOX and what deliver()
        // creates.
        bool specialUseMailboxes = false;
        // Set: AUTHENTICATE XOAUTH2 and OAUTHBEARER are offered as well, checked by Dovecot's oauth2 passdb against
        // this RFC 7662 introspection address (introspection_mode = post, username and active attributes).
        QString oauth2IntrospectionUrl;
        // Which bearer mechanisms Dovecot offers (lower case, as in auth_mechanisms).
        QString oauth2Mechanisms = QStringLiteral("xoauth2 oauthbearer");
    };

    DovecotServer();
    explicit DovecotServer(Options options);
    ~DovecotServer();
    DovecotServer(const DovecotServer&) = delete;
    DovecotServer& operator=(const DovecotServer&) = delete;

    // The dovecot and openssl binaries are installed (and setpriv, when the tests run as root).
    static bool available();
    // requireServer() for available(): a test without Dovecot is skipped, or fails under CI=true.
    static void requireInstalled();

    // Writes the configuration, starts Dovecot and waits (up to 10 s) until every listener accepts connections.
    // On failure the reason is in errorString() and the server's log in logText(). Without Dovecot installed it
    // does not return: requireInstalled() ends the test case.
    bool start();
    // SIGTERM, then waits for the server to exit. Safe to call when not running.
    void stop();
    // stop() and start() again on the same ports with the same mail and state.
    bool restart();
    bool isRunning() const;

    // The implicit-TLS port (0 when Options::tls is false).
    quint16 imapsPort() const { return m_imapsPort; }
    // The plain port; offers STARTTLS when Options::tls is true.
    quint16 imapPort() const { return m_imapPort; }
    QString host() const { return QStringLiteral("127.0.0.1"); }

    QString certificatePath() const;
    // SHA-256 of the certificate's DER bytes, as raw bytes (toHex() for display), what a pin stores.
    QByteArray certificateSha256() const;

    QString user() const { return m_options.user; }
    QString password() const { return m_options.password; }

    // Writes a mail straight into the mailbox's Maildir new/ under a unique name; Dovecot picks it up without a
    // restart. INBOX is the Maildir itself; any other mailbox is the Maildir++ folder ".Name" (created when
    // missing; hierarchy separator "."). Returns the file's path, or an empty string when writing failed.
    QString deliver(const QByteArray& mail, const QString& mailbox = QStringLiteral("INBOX"));

    enum class Contents
    {
        KeepMessages, // the same mails come back as new messages, with new UIDs
        Empty,        // the mailbox is recreated empty; deliver() again what the test needs
    };
    // Makes Dovecot see the mailbox as a new one with a different UIDVALIDITY (RFC 3501 §2.3.1.1), as after a
    // server-side restore: the mailbox's dovecot-uidlist and index files are removed and its messages either
    // return to new/ or are dropped. Dovecot's per-user dovecot-uidvalidity file is kept, so the new UIDVALIDITY
    // is always greater than the old one. Call it while no client has the mailbox selected; a session that
    // selected it before sees the change only when it selects the mailbox again.
    void recreateMailbox(const QString& mailbox, Contents contents = Contents::KeepMessages);

    // Dovecot's own log file plus its stdout/stderr, for INFO() when a test fails.
    QString logText() const;
    QString errorString() const { return m_error; }
    QString directory() const { return m_dir.path(); }

private:
    bool prepare();
    bool writeConfig();
    QString mailboxPath(const QString& mailbox) const;
    void ensureMaildir(const QString& path) const;
    void handOver(const QString& path) const;
    bool waitUntilListening();
    bool fail(const QString& why);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_processOutput;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    bool m_prepared = false;
    QString m_error;
};

} // namespace tsunagu::test
