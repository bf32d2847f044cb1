// SPDX-License-Identifier: GPL-3.0-or-later
#include "DovecotServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace tsunagu::test {

namespace {

constexpr int s_startTimeoutMs = 10000;
constexpr int s_stopTimeoutMs = 10000;

QString dovecotBinary()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("dovecot"));
    if (!onPath.isEmpty())
        return onPath;
    // Debian installs it in /usr/sbin, which is not on a normal user's PATH.
    return QStandardPaths::findExecutable(QStringLiteral("dovecot"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The account Dovecot runs as: nobody/nogroup for root (Dovecot refuses to drop to root for its processes),
// otherwise whoever runs the tests.
QString runUser()
{
    if (runningAsRoot())
        return QStringLiteral("nobody");
    const passwd* entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QString runGroup()
{
    if (runningAsRoot())
        return QStringLiteral("nogroup");
    const group* entry = ::getgrgid(::getegid());
    return entry ? QString::fromLocal8Bit(entry->gr_name) : QString();
}

// The certificate and key, made once per test process: an RSA key takes a noticeable fraction of a second.
struct SharedCertificate
{
    QTemporaryDir dir;
    bool made = false;
    QString error;
    QString certPath() const { return dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return dir.filePath(QStringLiteral("key.pem")); }
};

const SharedCertificate& sharedCertificate()
{
    static SharedCertificate s_certificate;
    static bool s_tried = false;
    if (s_tried)
        return s_certificate;
    s_tried = true;
    if (!s_certificate.dir.isValid()) {
        s_certificate.error = QStringLiteral("no temporary folder for the certificate");
        return s_certificate;
    }
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
                   s_certificate.keyPath(), QStringLiteral("-out"), s_certificate.certPath()});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        s_certificate.error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return s_certificate;
    }
    s_certificate.made = true;
    return s_certificate;
}

bool isInbox(const QString& mailbox)
{
    return mailbox.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
}

// Two distinct free ports on 127.0.0.1. Both listeners stay open until both are chosen so they differ; the small
// window before Dovecot binds them is acceptable in tests.
bool freePorts(quint16& first, quint16& second)
{
    QTcpServer a;
    QTcpServer b;
    if (!a.listen(QHostAddress::LocalHost, 0) || !b.listen(QHostAddress::LocalHost, 0))
        return false;
    first = a.serverPort();
    second = b.serverPort();
    return true;
}

} // namespace

DovecotServer::DovecotServer()
    : DovecotServer(Options{})
{}

DovecotServer::DovecotServer(Options options)
    : m_options(std::move(options))
{
    if (m_options.password.isEmpty())
        m_options.password = QStringLiteral("correct horse 7 battery");
}

DovecotServer::~DovecotServer()
{
    stop();
}

bool DovecotServer::available()
{
    if (dovecotBinary().isEmpty())
        return false;
    if (runningAsRoot() && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return false;
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

bool DovecotServer::fail(const QString& why)
{
    m_error = why;
    return false;
}

bool DovecotServer::prepare()
{
    if (m_prepared)
        return true;
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    if (!freePorts(m_imapPort, m_imapsPort))
        return fail(QStringLiteral("no free port on 127.0.0.1"));
    if (!m_options.tls)
        m_imapsPort = 0;

    const QDir dir(m_dir.path());
    for (const char* sub : {"state", "log", "ssl", "home"})
        dir.mkpath(QLatin1String(sub));
    ensureMaildir(mailboxPath(QStringLiteral("INBOX")));

    if (m_options.tls) {
        const SharedCertificate& certificate = sharedCertificate();
        if (!certificate.made)
            return fail(certificate.error);
        if (!QFile::copy(certificate.certPath(), certificatePath()) ||
            !QFile::copy(certificate.keyPath(), dir.filePath(QStringLiteral("ssl/key.pem"))))
            return fail(QStringLiteral("cannot copy the test certificate"));
    }

    QFile users(dir.filePath(QStringLiteral("users")));
    if (!users.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the users file"));
    // passwd-file: user:password (the scheme prefix keeps a password starting with "{" literal).
    users.write(m_options.user.toUtf8() + ":{PLAIN}" + m_options.password.toUtf8() + '\n');
    users.close();

    if (!writeConfig())
        return fail(QStringLiteral("cannot write dovecot.conf"));
    handOver(m_dir.path());
    m_prepared = true;
    return true;
}

bool DovecotServer::writeConfig()
{
    const QString dir = m_dir.path();
    QString conf;
    conf += QStringLiteral("# Generated by tsunagu::test::DovecotServer\n");
    conf += QStringLiteral("base_dir = %1/run\nstate_dir = %1/state\nlog_path = %1/log/dovecot.log\n").arg(dir);
    conf += QStringLiteral("protocols = imap\nlisten = 127.0.0.1\n");
    // Without default_internal_group Dovecot fails with "chown(.../run/stats-writer) ... Operation not permitted".
    conf += QStringLiteral("default_login_user = %1\ndefault_internal_user = %1\ndefault_internal_group = %2\n")
                .arg(runUser(), runGroup());
    if (m_options.tls)
        conf += QStringLiteral("ssl = yes\nssl_cert = <%1/ssl/cert.pem\nssl_key = <%1/ssl/key.pem\n").arg(dir);
    else
        conf += QStringLiteral("ssl = no\n");
    conf += QStringLiteral(
        "disable_plaintext_auth = no\nauth_mechanisms = plain login\nauth_failure_delay = 0\nauth_verbose = yes\n");
    conf += QStringLiteral("passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u %1/users\n}\n")
                .arg(dir);
    conf += QStringLiteral("userdb {\n  driver = static\n  args = uid=%1 gid=%2 home=%3/home/%u\n}\n")
                .arg(runUser(), runGroup(), dir);
    // Without the mailbox list index, folders that deliver() creates behind Dovecot's back show in LIST at once.
    conf += QStringLiteral("mail_location = maildir:~/Maildir\nmailbox_list_index = no\n");
    if (m_options.specialUseMailboxes) {
        // The same namespace Dovecot assumes without one (inbox, Maildir++ "." separator), plus the two folders.
        conf += QStringLiteral("namespace inbox {\n  inbox = yes\n"
                               "  mailbox Sent {\n    special_use = \\Sent\n    auto = create\n  }\n"
                               "  mailbox Drafts {\n    special_use = \\Drafts\n    auto = create\n  }\n}\n");
    }
    conf += QStringLiteral("service imap-login {\n  chroot =\n  inet_listener imap {\n    port = %1\n  }\n")
                .arg(m_imapPort);
    if (m_options.tls)
        conf += QStringLiteral("  inet_listener imaps {\n    port = %1\n    ssl = yes\n  }\n").arg(m_imapsPort);
    conf += QStringLiteral("}\nservice anvil {\n  chroot =\n}\n");

    QFile file(QDir(dir).filePath(QStringLiteral("dovecot.conf")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(conf.toUtf8()) > 0;
}

bool DovecotServer::start()
{
    if (isRunning())
        return true;
    if (!available())
        return fail(QStringLiteral("dovecot, openssl or setpriv is not installed"));
    if (!prepare())
        return false;

    // A base_dir left by an earlier run (or one run as another user) makes Dovecot refuse to start.
    QDir(m_dir.filePath(QStringLiteral("run"))).removeRecursively();

    const QString config = m_dir.filePath(QStringLiteral("dovecot.conf"));
    QStringList arguments{QStringLiteral("-F"), QStringLiteral("-c"), config};
    QString program = dovecotBinary();
    if (runningAsRoot()) {
        arguments = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                QStringLiteral("--clear-groups"), program} +
                    arguments;
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(s_startTimeoutMs))
        return fail(QStringLiteral("dovecot did not start: ") + m_process->errorString());
    if (!waitUntilListening()) {
        stop();
        return false;
    }
    return true;
}

bool DovecotServer::waitUntilListening()
{
    QList<quint16> ports{m_imapPort};
    if (m_imapsPort != 0)
        ports.append(m_imapsPort);
    const QDeadlineTimer deadline(s_startTimeoutMs);
    for (const quint16 port : ports) {
        for (;;) {
            if (m_process->state() == QProcess::NotRunning)
                return fail(QStringLiteral("dovecot exited while starting:\n") + logText());
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(250))
                break;
            if (deadline.hasExpired())
                return fail(QStringLiteral("dovecot is not listening on port %1 after %2 ms:\n")
                                .arg(port)
                                .arg(s_startTimeoutMs) +
                            logText());
            // Refused at once while Dovecot is still binding: wait on the process itself (its exit is caught above)
            // rather than sleep.
            m_process->waitForFinished(20);
        }
    }
    return true;
}

void DovecotServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the master stops its children and removes its pid file
        if (!m_process->waitForFinished(s_stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(s_stopTimeoutMs);
        }
    }
    m_processOutput += m_process->readAll();
    m_process.reset();
}

bool DovecotServer::restart()
{
    stop();
    return start();
}

bool DovecotServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString DovecotServer::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("ssl/cert.pem"));
}

QByteArray DovecotServer::certificateSha256() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
    if (certificates.isEmpty())
        return {};
    return QCryptographicHash::hash(certificates.first().toDer(), QCryptographicHash::Sha256);
}

QString DovecotServer::mailboxPath(const QString& mailbox) const
{
    const QString maildir = m_dir.filePath(QStringLiteral("home/") + m_options.user + QStringLiteral("/Maildir"));
    if (isInbox(mailbox))
        return maildir;
    // Maildir++: every other mailbox is a dot-folder beside cur/new/tmp. ASCII names only (Dovecot stores other
    // names in modified UTF-7).
    return maildir + QStringLiteral("/.") + mailbox;
}

void DovecotServer::ensureMaildir(const QString& path) const
{
    for (const char* sub : {"cur", "new", "tmp"})
        QDir().mkpath(path + QLatin1Char('/') + QLatin1String(sub));
    handOver(m_dir.path());
}

void DovecotServer::handOver(const QString& path) const
{
    if (!runningAsRoot())
        return;
    // Dovecot runs as nobody: it must read the configuration and own the folders it writes.
    const passwd* nobody = ::getpwnam("nobody");
    const group* nogroup = ::getgrnam("nogroup");
    if (!nobody || !nogroup)
        return;
    const uid_t uid = nobody->pw_uid;
    const gid_t gid = nogroup->gr_gid;
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        if (::lchown(QFile::encodeName(entry).constData(), uid, gid) != 0)
            continue;
    }
}

QString DovecotServer::deliver(const QByteArray& mail, const QString& mailbox)
{
    if (!prepare())
        return {};
    const QString folder = mailboxPath(mailbox);
    if (!QDir(folder + QStringLiteral("/new")).exists())
        ensureMaildir(folder);
    static int s_counter = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Maildir unique name: seconds.M<micro>P<pid>Q<n>.host (the micro part is only needed to be unique here).
    const QString name = QStringLiteral("%1.M%2P%3Q%4.tsunagu-test,S=%5")
                             .arg(now / 1000)
                             .arg((now % 1000) * 1000)
                             .arg(QCoreApplication::applicationPid())
                             .arg(++s_counter)
                             .arg(mail.size());
    // Written in tmp/ and renamed into new/, so Dovecot never sees half a mail.
    const QString temporary = folder + QStringLiteral("/tmp/") + name;
    const QString final = folder + QStringLiteral("/new/") + name;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(mail) != mail.size())
        return {};
    file.close();
    handOver(temporary);
    if (!QFile::rename(temporary, final))
        return {};
    return final;
}

void DovecotServer::recreateMailbox(const QString& mailbox, Contents contents)
{
    const QString folder = mailboxPath(mailbox);
    QList<QByteArray> mails;
    if (contents == Contents::KeepMessages) {
        for (const char* sub : {"cur", "new"}) {
            QDir messages(folder + QLatin1Char('/') + QLatin1String(sub));
            const QStringList names = messages.entryList(QDir::Files, QDir::Name);
            for (const QString& name : names) {
                QFile file(messages.filePath(name));
                if (file.open(QIODevice::ReadOnly))
                    mails.append(file.readAll());
            }
        }
    }
    if (isInbox(mailbox)) {
        // INBOX is the Maildir root, which also holds the other folders and the per-user dovecot-uidvalidity
        // counter: remove only INBOX's own messages, uid list and indexes (and the mailbox list index, which
        // remembers UIDVALIDITY too).
        for (const char* sub : {"cur", "new", "tmp"})
            QDir(folder + QLatin1Char('/') + QLatin1String(sub)).removeRecursively();
        QDir root(folder);
        const QStringList files =
            root.entryList({QStringLiteral("dovecot-uidlist*"), QStringLiteral("dovecot.index*"),
                            QStringLiteral("dovecot.list.index*"), QStringLiteral("dovecot-keywords")},
                           QDir::Files | QDir::Hidden);
        for (const QString& name : files)
            root.remove(name);
    } else {
        QDir(folder).removeRecursively();
        QDir root(mailboxPath(QStringLiteral("INBOX")));
        const QStringList files = root.entryList({QStringLiteral("dovecot.list.index*")}, QDir::Files | QDir::Hidden);
        for (const QString& name : files)
            root.remove(name);
    }
    ensureMaildir(folder);
    for (const QByteArray& mail : std::as_const(mails))
        deliver(mail, mailbox);
}

QString DovecotServer::logText() const
{
    QString text;
    QFile log(m_dir.filePath(QStringLiteral("log/dovecot.log")));
    if (log.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(log.readAll());
    if (m_process)
        m_processOutput += m_process->readAll();
    if (!m_processOutput.isEmpty())
        text += QStringLiteral("\n[dovecot output]\n") + QString::fromUtf8(m_processOutput);
    return text;
}

} // namespace tsunagu::test
