// SPDX-License-Identifier: GPL-3.0-or-later
// The Dovecot fixture against the real server: both listeners greet, TLS presents the fixture's certificate,
// login works, delivered mail is seen, recreating a mailbox changes UIDVALIDITY, restart keeps ports and mail.
#include "DovecotServer.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

using tsunagu::test::DovecotServer;

namespace {

// A blocking line-based IMAP conversation, good enough to check a fixture (never used by the app).
class Probe
{
public:
    bool connectPlain(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(5000);
    }

    bool connectTls(quint16 port, const QString& caFile)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(caFile));
        m_socket.setSslConfiguration(config);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForEncrypted(5000);
    }

    QByteArray readLine()
    {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(5000))
                return {};
        }
        return m_socket.readLine();
    }

    // Sends a tagged command and returns every line up to and including the tagged completion.
    QByteArray command(const QByteArray& text)
    {
        const QByteArray tag = "t" + QByteArray::number(++m_tag);
        m_socket.write(tag + ' ' + text + "\r\n");
        QByteArray all;
        for (;;) {
            const QByteArray line = readLine();
            if (line.isEmpty())
                return all;
            all += line;
            if (line.startsWith(QByteArray(tag + ' ')))
                return all;
        }
    }

    QSslSocket& socket() { return m_socket; }

private:
    QSslSocket m_socket;
    int m_tag = 0;
};

QByteArray quoted(const QString& text)
{
    return '"' + text.toUtf8() + '"';
}

QByteArray login(const DovecotServer& server)
{
    return "LOGIN " + quoted(server.user()) + ' ' + quoted(server.password());
}

qint64 uidValidity(const QByteArray& selectResponse)
{
    const QRegularExpression pattern(QStringLiteral("\\[UIDVALIDITY (\\d+)\\]"));
    const auto match = pattern.match(QString::fromLatin1(selectResponse));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QByteArray sampleMail(const QByteArray& subject)
{
    return "From: applicant@example.jp\r\nTo: host@example.org\r\nSubject: " + subject + "\r\nMessage-ID: <" + subject +
           "@example.jp>\r\n\r\nHello\r\n";
}

} // namespace

TEST_CASE("the Dovecot fixture greets on both ports, presents its certificate and survives a restart",
          "[dovecot][fixture]")
{
    DovecotServer::requireInstalled();
    DovecotServer server;
    INFO(server.logText().toStdString());
    const bool started = server.start();
    INFO(server.errorString().toStdString());
    REQUIRE(started);
    REQUIRE(server.imapPort() != 0);
    REQUIRE(server.imapsPort() != 0);
    REQUIRE(server.imapPort() != server.imapsPort());
    REQUIRE(server.certificateSha256().size() == 32);

    {
        Probe plain;
        REQUIRE(plain.connectPlain(server.imapPort()));
        CHECK(plain.readLine().startsWith("* OK"));
        CHECK(plain.command("CAPABILITY").contains("STARTTLS"));
        CHECK(plain.command(login(server)).contains(" OK "));
    }
    {
        Probe tls;
        // Verified against the fixture's certificate as the only CA: a different certificate would fail here.
        REQUIRE(tls.connectTls(server.imapsPort(), server.certificatePath()));
        CHECK(tls.socket().peerCertificate().digest(QCryptographicHash::Sha256) == server.certificateSha256());
        CHECK(tls.readLine().startsWith("* OK"));
        CHECK(tls.command(login(server)).contains(" OK "));
    }
    {
        Probe wrong;
        REQUIRE(wrong.connectTls(server.imapsPort(), server.certificatePath()));
        wrong.readLine();
        CHECK(wrong.command("LOGIN " + quoted(server.user()) + " \"not-the-password\"").contains(" NO "));
    }

    const quint16 plainPort = server.imapPort();
    const quint16 tlsPort = server.imapsPort();
    server.stop();
    CHECK_FALSE(server.isRunning());
    {
        Probe refused;
        CHECK_FALSE(refused.connectPlain(plainPort));
    }

    REQUIRE(server.deliver(sampleMail("while-stopped")).size() > 0);
    REQUIRE(server.restart());
    CHECK(server.imapPort() == plainPort);
    CHECK(server.imapsPort() == tlsPort);
    Probe again;
    REQUIRE(again.connectPlain(server.imapPort()));
    CHECK(again.readLine().startsWith("* OK"));
    REQUIRE(again.command(login(server)).contains(" OK "));
    CHECK(again.command("SELECT INBOX").contains("* 1 EXISTS"));
}

TEST_CASE("mail delivered to the fixture is seen at once, and a recreated mailbox gets a new UIDVALIDITY",
          "[dovecot][fixture]")
{
    DovecotServer::requireInstalled();
    DovecotServer server;
    REQUIRE(server.start());
    INFO(server.logText().toStdString());

    Probe probe;
    REQUIRE(probe.connectPlain(server.imapPort()));
    probe.readLine();
    REQUIRE(probe.command(login(server)).contains(" OK "));
    const QByteArray empty = probe.command("SELECT INBOX");
    CHECK(empty.contains("* 0 EXISTS"));
    const qint64 before = uidValidity(empty);
    REQUIRE(before > 0);

    server.deliver(sampleMail("first"));
    server.deliver(sampleMail("second"));
    server.deliver(sampleMail("archived"), QStringLiteral("Archive"));
    CHECK(probe.command("NOOP").contains("* 2 EXISTS"));
    const QByteArray fetched = probe.command("UID FETCH 1:* (BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
    CHECK(fetched.contains("Subject: first"));
    CHECK(fetched.contains("Subject: second"));
    CHECK(probe.command("LIST \"\" \"*\"").contains("Archive"));
    CHECK(probe.command("EXAMINE Archive").contains("* 1 EXISTS"));
    REQUIRE(probe.command("LOGOUT").contains(" OK "));

    server.recreateMailbox(QStringLiteral("INBOX"));
    server.recreateMailbox(QStringLiteral("Archive"), DovecotServer::Contents::Empty);

    Probe after;
    REQUIRE(after.connectPlain(server.imapPort()));
    after.readLine();
    REQUIRE(after.command(login(server)).contains(" OK "));
    const QByteArray recreated = after.command("SELECT INBOX");
    CHECK(recreated.contains("* 2 EXISTS"));
    CHECK(uidValidity(recreated) > before);
    CHECK(after.command("EXAMINE Archive").contains("* 0 EXISTS"));
}

TEST_CASE("a Dovecot fixture without TLS has no imaps port and offers no STARTTLS", "[dovecot][fixture]")
{
    DovecotServer::requireInstalled();
    DovecotServer::Options options;
    options.tls = false;
    options.user = QStringLiteral("plain@example.org");
    DovecotServer server(options);
    REQUIRE(server.start());
    INFO(server.logText().toStdString());
    CHECK(server.imapsPort() == 0);
    Probe probe;
    REQUIRE(probe.connectPlain(server.imapPort()));
    CHECK(probe.readLine().startsWith("* OK"));
    const QByteArray capabilities = probe.command("CAPABILITY");
    CHECK(capabilities.contains("IMAP4rev1"));
    CHECK_FALSE(capabilities.contains("STARTTLS"));
    const QByteArray loggedIn = probe.command(login(server));
    INFO(loggedIn.toStdString() << server.logText().toStdString());
    CHECK(loggedIn.contains(" OK "));
}
