// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu account add --smtp … and tsunagu reply through the real executable, against a real Dovecot and a real
// aiosmtpd started by the fixtures: what the host sees (exit code, output), what the applicant receives (parsed back
// with our own MIME parser), what the server and the profile keep. Passwords go in only through standard input; the
// keychain is made unavailable on purpose (a D-Bus address that cannot exist), so nothing outlives a command.
#include "CliRun.h"
#include "DovecotServer.h"
#include "MailSamples.h"
#include "SmtpServer.h"
#include "TempProfile.h"

#include "mail/mime/MimeParser.h"
#include "storage/HostRepository.h"
#include "storage/MeetingRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tsunagu;
using test::DovecotServer;
using test::SmtpServer;

namespace {

const QString s_applicantAddress = QStringLiteral("sakura@example.jp");
const QByteArray s_applicationId = QByteArrayLiteral("form-cli-1@forms.example.org");
const QString s_passcode = QStringLiteral("Rk4420");
const QString s_joinLink = QStringLiteral("https://meet.example.org/j/7741029385");
const QString s_hostName = QStringLiteral("みどり");
const QString s_sender = QStringLiteral("ルームE 受付");

using test::Run;

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Command-line words from one string, for arguments without spaces.
QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

enum class Trust
{
    CaFile,              // IMAPS and SMTP STARTTLS, both certificates in one --ca-file
    PlainImapPinnedSmtp, // imap:// on 127.0.0.1 without encryption, SMTP STARTTLS trusted by --pin
};

// The room's mailbox: Dovecot with Sent and Drafts, aiosmtpd requiring STARTTLS and AUTH, and one application
// from the form service waiting in INBOX.
struct Servers
{
    Trust trust;
    DovecotServer imap;
    SmtpServer smtp;
    QTemporaryDir dir;
    QString caFile = dir.filePath(QStringLiteral("servers.pem"));

    static DovecotServer::Options imapOptions(Trust trust, const QString& password)
    {
        DovecotServer::Options options;
        options.specialUseMailboxes = true;
        options.tls = trust == Trust::CaFile;
        options.password = password;
        return options;
    }

    static SmtpServer::Options smtpOptions(const QString& password)
    {
        SmtpServer::Options options;
        options.password = password;
        return options;
    }

    // sharedPassword: the same password for IMAP and SMTP (else each fixture's own).
    explicit Servers(Trust how = Trust::CaFile, const QString& sharedPassword = {})
        : trust(how)
        , imap(imapOptions(how, sharedPassword))
        , smtp(smtpOptions(sharedPassword))
    {
        DovecotServer::requireInstalled();
        SmtpServer::requireInstalled();
        INFO(imap.logText().toStdString());
        REQUIRE(imap.start());
        INFO(smtp.logText().toStdString());
        REQUIRE(smtp.start());
        REQUIRE_FALSE(imap.deliver(test::formMail(QStringLiteral("【ルームE】参加申し込み"),
                                                  test::applicationBody(QStringLiteral("さくら"), s_applicantAddress),
                                                  s_applicationId))
                          .isEmpty());
        // Each fixture makes its own self-signed certificate; one file holding both is what a host's --ca-file
        // would be for a small provider with its own CA.
        if (trust == Trust::CaFile) {
            QFile bundle(caFile);
            REQUIRE(bundle.open(QIODevice::WriteOnly));
            REQUIRE(bundle.write(readBytes(imap.certificatePath()) + '\n' + readBytes(smtp.certificatePath())) > 0);
        }
    }

    QByteArray imapLine() const { return imap.password().toUtf8() + '\n'; }
    QByteArray bothLines() const { return imapLine() + smtp.password().toUtf8() + '\n'; }

    // The mails in a Dovecot folder, read from its Maildir files.
    QList<QByteArray> folder(const QString& name) const
    {
        QList<QByteArray> mails;
        const QString maildir =
            imap.directory() + QStringLiteral("/home/") + imap.user() + QStringLiteral("/Maildir/.") + name;
        for (const char* sub : {"cur", "new"}) {
            const QDir files(maildir + QLatin1Char('/') + QLatin1String(sub));
            for (const QString& file : files.entryList(QDir::Files)) {
                QFile mail(files.filePath(file));
                REQUIRE(mail.open(QIODevice::ReadOnly));
                mails.append(mail.readAll());
            }
        }
        return mails;
    }
};

// One host's computer: a fresh profile with room E, its meeting series with join details and the host みどり (no
// command makes those), then the account added and the mail received with the command line.
struct HostProfile
{
    QTemporaryDir tmp;
    test::TempProfile profile;

    explicit HostProfile(const QString& hostName = s_hostName)
    {
        REQUIRE(tmp.isValid());
        Database& database = profile.open().database();
        QSqlQuery q(database.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO rooms (code, name, audience, reception_address, chat_link) "
                                      "VALUES ('E', 'ルームE', 'persons', 'room-e@example.org', '')")));
        MeetingSeries series;
        series.roomId = q.lastInsertId().toLongLong();
        series.title = QStringLiteral("ルームE 定例会");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        series.firstStart = QDateTime(QDate(2026, 1, 6), QTime(19, 0), QTimeZone("Asia/Tokyo"));
        series.durationMinutes = 90;
        series.joinUrl = s_joinLink;
        series.meetingId = QStringLiteral("774 1029 385");
        series.passcode = s_passcode;
        REQUIRE(MeetingRepository(database).insertSeries(series).ok());
        Host host;
        host.displayName = hostName;
        host.signature = hostName + QStringLiteral("（ルームE 受付）");
        host.roomCodes = {QStringLiteral("E")};
        REQUIRE(HostRepository(database).insert(host).ok());
        profile.close(); // the command takes the profile's lock
    }

    // QT_LOGGING_RULES for every command run here; empty: Tsunagu's defaults (warnings only).
    QString loggingRules;

    Run run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcessEnvironment env = test::cliEnvironment(tmp.path());
        if (!loggingRules.isEmpty()) {
            env.insert(QStringLiteral("QT_LOGGING_RULES"), loggingRules);
            env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
        }
        return test::runProcess(QStringLiteral(TSUNAGU_EXECUTABLE),
                                QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"),
                                            profile.directory()} +
                                    arguments,
                                env, input);
    }

    // tsunagu account add for the servers (no password kept: there is no keychain), then tsunagu sync.
    void connect(const Servers& servers)
    {
        const QString smtpUrl =
            QStringLiteral("smtp://%1@127.0.0.1:%2").arg(servers.smtp.user()).arg(servers.smtp.port());
        QStringList add = words("account add --rooms E --smtp-starttls") +
                          QStringList{QStringLiteral("--name"), s_sender, QStringLiteral("--from-name"), s_sender,
                                      QStringLiteral("--smtp"), smtpUrl};
        if (servers.trust == Trust::CaFile) {
            add << QStringLiteral("--imap")
                << QStringLiteral("imaps://%1@127.0.0.1:%2").arg(servers.imap.user()).arg(servers.imap.imapsPort())
                << QStringLiteral("--ca-file") << servers.caFile;
        } else {
            add << QStringLiteral("--imap")
                << QStringLiteral("imap://%1@127.0.0.1:%2").arg(servers.imap.user()).arg(servers.imap.imapPort())
                << QStringLiteral("--pin")
                << QStringLiteral("sha256:") + QString::fromLatin1(servers.smtp.certificateSha256().toHex());
        }
        const Run added = run(add);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);

        const Run synced = run({QStringLiteral("sync"), QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                               servers.imapLine());
        INFO(synced.err.toStdString());
        REQUIRE(synced.exitCode == 0);
        REQUIRE(QJsonDocument::fromJson(synced.out.toUtf8())
                    .array()
                    .first()
                    .toObject()
                    .value(QStringLiteral("applications")) == 1);
    }

    QJsonArray applicants() const
    {
        const Run listed = run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--with-addresses")});
        INFO(listed.err.toStdString());
        REQUIRE(listed.exitCode == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    qint64 applicant() const
    {
        const QJsonArray all = applicants();
        REQUIRE(all.size() == 1);
        CHECK(all.first().toObject().value(QStringLiteral("replyAddress")).toString() == s_applicantAddress);
        return all.first().toObject().value(QStringLiteral("id")).toInteger();
    }

    QString status() const { return applicants().first().toObject().value(QStringLiteral("status")).toString(); }

    // The profile's replies as "action state error_code", read from the data file between commands.
    QStringList replies() const
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reply-cli-check"));
            db.setDatabaseName(profile.databasePath());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT action, state, error_code FROM replies ORDER BY id")));
            while (q.next())
                rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}.join(
                    QLatin1Char(' '));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reply-cli-check"));
        return rows;
    }
};

QStringList reply(qint64 applicant, const QString& action, const QString& mode, const QStringList& more = {})
{
    return words("reply --applicant") +
           QStringList{QString::number(applicant), QStringLiteral("--action"), action, mode} + more;
}

const QStringList s_bothPasswords = {QStringLiteral("--password-stdin"), QStringLiteral("--smtp-password-stdin")};

} // namespace

TEST_CASE("account add keeps the SMTP settings from two password lines and never shows a password",
          "[cli][reply][accounts]")
{
    SmtpServer smtp;
    SmtpServer::requireInstalled();
    REQUIRE(smtp.start());
    const QString pin = QStringLiteral("sha256:") + QString::fromLatin1(smtp.certificateSha256().toHex());
    HostProfile host;
    const QByteArray imapPassword = "imap-pass 1 for room e";
    const QByteArray smtpPassword = "smtp-pass 2 for room e";
    const QString smtpUrl = QStringLiteral("smtp://room-e-send@example.org@127.0.0.1:%1").arg(smtp.port());
    const QStringList add =
        words("account add --imap imaps://room-e@example.org@imap.example.org:993 --rooms E --password-stdin "
              "--smtp-starttls --smtp-password-stdin --from room-e@example.org --charset iso2022jp "
              "--drafts-folder Drafts") +
        QStringList{QStringLiteral("--name"),        s_sender,
                    QStringLiteral("--from-name"),   s_sender,
                    QStringLiteral("--smtp"),        smtpUrl,
                    QStringLiteral("--pin"),         pin,
                    QStringLiteral("--sent-folder"), QStringLiteral("Sent Items")};

    // The second line is the SMTP password: without it nothing is added.
    const Run oneLine = host.run(add, imapPassword + '\n');
    CHECK(oneLine.exitCode == 2);
    CHECK(oneLine.err.contains(QStringLiteral("No SMTP password")));

    const Run added = host.run(add, imapPassword + '\n' + smtpPassword + '\n');
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(
        QStringLiteral("Replies are sent through 127.0.0.1:%1 as room-e@example.org").arg(smtp.port())));
    CHECK(added.err.contains(QStringLiteral("No keychain is available")));

    const Run listed = host.run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray accounts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(accounts.size() == 1);
    const QJsonObject account = accounts.first().toObject();
    CHECK(account.value(QStringLiteral("smtpHost")).toString() == QStringLiteral("127.0.0.1"));
    CHECK(account.value(QStringLiteral("smtpPort")).toInt() == smtp.port());
    CHECK(account.value(QStringLiteral("smtpSecurity")).toString() == QStringLiteral("starttls"));
    CHECK(account.value(QStringLiteral("smtpUser")).toString() == QStringLiteral("room-e-send@example.org"));
    CHECK(account.value(QStringLiteral("user")).toString() == QStringLiteral("room-e@example.org"));
    CHECK(account.value(QStringLiteral("from")).toString() == QStringLiteral("room-e@example.org"));
    CHECK(account.value(QStringLiteral("fromName")).toString() == s_sender);
    CHECK(account.value(QStringLiteral("charset")).toString() == QStringLiteral("iso2022jp"));
    CHECK(account.value(QStringLiteral("sentFolder")).toString() == QStringLiteral("Sent Items"));
    CHECK(account.value(QStringLiteral("draftsFolder")).toString() == QStringLiteral("Drafts"));
    CHECK(account.value(QStringLiteral("serverFilesSent")).toBool() == false);
    CHECK(account.value(QStringLiteral("pin")).toString() == pin);
    CHECK(account.value(QStringLiteral("rooms")).toArray() == QJsonArray{QStringLiteral("E")});
    // Nothing could keep the passwords, so sending and receiving will ask for them.
    CHECK(account.value(QStringLiteral("askPassword")).toBool());

    // Mistakes are usage errors that add nothing.
    const QStringList base = words("account add --imap imaps://room-e@example.org@imap.example.org --name 予備");
    const Run badUrl =
        host.run(base + QStringList{QStringLiteral("--smtp"), QStringLiteral("https://smtp.example.org")});
    CHECK(badUrl.exitCode == 2);
    CHECK(badUrl.err.contains(QStringLiteral("not an SMTP address")));
    const Run noPort =
        host.run(base + QStringList{QStringLiteral("--smtp"), QStringLiteral("smtps://u@smtp.example.org:99999")});
    CHECK(noPort.exitCode == 2);
    const Run tlsTwice =
        host.run(base + QStringList{QStringLiteral("--smtp"), QStringLiteral("smtps://u@smtp.example.org"),
                                    QStringLiteral("--smtp-starttls")});
    CHECK(tlsTwice.exitCode == 2);
    CHECK(tlsTwice.err.contains(QStringLiteral("--smtp-starttls goes with smtp://")));
    const Run plainRemote =
        host.run(base + QStringList{QStringLiteral("--smtp"), QStringLiteral("smtp://u@smtp.example.org")});
    CHECK(plainRemote.exitCode == 2);
    const Run starttlsAlone = host.run(base + QStringList{QStringLiteral("--smtp-starttls")});
    CHECK(starttlsAlone.exitCode == 2);
    const Run sjis = host.run(base + QStringList{QStringLiteral("--charset"), QStringLiteral("sjis")});
    CHECK(sjis.exitCode == 2);
    CHECK(sjis.err.contains(QStringLiteral("utf8 or iso2022jp")));

    const Run after = host.run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(after.out.toUtf8()).array().size() == 1);

    QByteArray data;
    for (const QString& name : QDir(host.profile.directory()).entryList({QStringLiteral("*.sqlite*")}, QDir::Files)) {
        QFile file(QDir(host.profile.directory()).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        data += file.readAll();
    }
    CHECK_FALSE(data.isEmpty());
    for (const QByteArray& password : {imapPassword, smtpPassword}) {
        for (const Run& run : {oneLine, added, listed, badUrl, tlsTwice, sjis})
            CHECK_FALSE(run.shows(QString::fromLatin1(password)));
        CHECK_FALSE(data.contains(password));
    }
}

TEST_CASE("reply --print shows the threaded message, keeps nothing and sends nothing", "[cli][reply][server]")
{
    Servers servers;
    HostProfile host;
    host.connect(servers);
    const qint64 applicant = host.applicant();

    const Run printed = host.run(reply(applicant, QStringLiteral("invite"), QStringLiteral("--print")));
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QByteArray bytes = printed.out.toUtf8();
    const QByteArray headers = bytes.left(bytes.indexOf("\r\n\r\n"));
    for (const char* name : {"From: ", "To: ", "Subject: ", "Message-ID: ", "In-Reply-To: ", "References: ", "Date: "})
        CHECK((headers.startsWith(name) || headers.contains(QByteArray(QByteArray("\n") + name))));
    const MimeMessage mail = MimeParser::parse(bytes);
    REQUIRE(mail.to.size() == 1);
    CHECK(mail.to.first().address == s_applicantAddress);
    CHECK(mail.cc.isEmpty());
    CHECK(mail.from.value(0).address == servers.imap.user());
    CHECK(mail.from.value(0).name == s_sender);
    CHECK(mail.subject.contains(QStringLiteral("ご参加のご案内")));
    CHECK(mail.inReplyTo == QString::fromLatin1(s_applicationId));
    CHECK(mail.references.contains(QString::fromLatin1(s_applicationId)));
    CHECK(mail.messageId.endsWith(QStringLiteral("@example.org")));
    CHECK(mail.text.contains(QStringLiteral("さくらさん")));
    CHECK(mail.text.contains(s_passcode));
    CHECK(mail.text.contains(s_hostName));
    CHECK_FALSE(mail.text.contains(QStringLiteral("{{")));
    CHECK_FALSE(printed.err.contains(QStringLiteral("not filled in")));

    // A hold reply without its question is shown with the gap marked, and the host is told.
    const Run unfinished = host.run(reply(applicant, QStringLiteral("hold"), QStringLiteral("--print")));
    CHECK(unfinished.exitCode == 0);
    CHECK(MimeParser::parse(unfinished.out.toUtf8()).text.contains(QStringLiteral("未入力")));
    CHECK(unfinished.err.contains(QStringLiteral("not filled in")));

    // A preview is not a reply: nothing is kept, nothing left, the applicant still waits.
    CHECK(host.replies().isEmpty());
    CHECK(servers.smtp.messages().isEmpty());
    CHECK(servers.folder(QStringLiteral("Drafts")).isEmpty());
    CHECK(servers.folder(QStringLiteral("Sent")).isEmpty());
    CHECK(host.status() == QStringLiteral("new"));
}

TEST_CASE("reply --send with one password line reaches only the applicant, and a second invitation is held back",
          "[cli][reply][server]")
{
    const QString password = QStringLiteral("one pass 4 imap and smtp");
    Servers servers(Trust::CaFile, password);
    HostProfile host;
    host.connect(servers);
    const qint64 applicant = host.applicant();
    const QStringList send =
        reply(applicant, QStringLiteral("invite"), QStringLiteral("--send"), {QStringLiteral("--password-stdin")});

    const Run sent = host.run(send, password.toUtf8() + '\n');
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.out.contains(QStringLiteral("Sent (Message-ID <")));
    CHECK_FALSE(sent.shows(password));
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 1);
    CHECK(received.first().rcptTos == QStringList{s_applicantAddress});
    const MimeMessage mail = MimeParser::parse(received.first().bytes);
    CHECK(mail.to.size() == 1);
    CHECK(mail.cc.isEmpty());
    CHECK(mail.inReplyTo == QString::fromLatin1(s_applicationId));
    CHECK(mail.text.contains(s_passcode));
    CHECK(mail.text.contains(s_joinLink));
    CHECK(sent.out.contains(mail.messageId));
    CHECK(host.status() == QStringLiteral("invited"));
    CHECK(servers.folder(QStringLiteral("Sent")).size() == 1);

    // The same command again: the server says the application was answered, and by whom.
    const Run again = host.run(send, password.toUtf8() + '\n');
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already answered by ") + s_hostName));
    CHECK(again.err.contains(QStringLiteral("--anyway")));
    CHECK(servers.smtp.messages().size() == 1);

    const Run anyway = host.run(send + QStringList{QStringLiteral("--anyway")}, password.toUtf8() + '\n');
    INFO(anyway.err.toStdString());
    CHECK(anyway.exitCode == 0);
    const auto twice = servers.smtp.messages();
    REQUIRE(twice.size() == 2);
    CHECK(twice.last().rcptTos == QStringList{s_applicantAddress});
    // The reply that was held back left no stray draft behind.
    const QStringList replies = host.replies();
    INFO(replies.join(QLatin1Char('|')).toStdString());
    CHECK(replies == QStringList{QStringLiteral("invite sent "), QStringLiteral("invite sent ")});
}

TEST_CASE("reply --send on another host's computer is held back and names who answered", "[cli][reply][server]")
{
    Servers servers;
    HostProfile first;
    HostProfile second(QStringLiteral("あおい"));
    first.connect(servers);
    second.connect(servers);
    const Run sent =
        first.run(reply(first.applicant(), QStringLiteral("invite"), QStringLiteral("--send"), s_bothPasswords),
                  servers.bothLines());
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);

    const Run other =
        second.run(reply(second.applicant(), QStringLiteral("invite"), QStringLiteral("--send"), s_bothPasswords),
                   servers.bothLines());
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("already answered by ") + s_hostName));
    CHECK(other.err.contains(QStringLiteral("Nothing was sent")));
    CHECK(servers.smtp.messages().size() == 1);
}

TEST_CASE("a hold reply is sent only once its question is written", "[cli][reply][server]")
{
    // Here the IMAP server is on this computer without encryption and the SMTP certificate is trusted by its pin.
    Servers servers(Trust::PlainImapPinnedSmtp);
    HostProfile host;
    host.connect(servers);
    const qint64 applicant = host.applicant();

    const Run unfinished = host.run(reply(applicant, QStringLiteral("hold"), QStringLiteral("--send"), s_bothPasswords),
                                    servers.bothLines());
    CHECK(unfinished.exitCode == 1);
    CHECK(unfinished.err.contains(QStringLiteral("not filled in")));
    CHECK(unfinished.err.contains(QStringLiteral("Nothing was sent")));
    CHECK(servers.smtp.messages().isEmpty());
    CHECK(host.replies().isEmpty());
    CHECK(host.status() == QStringLiteral("new"));

    const QString question = QStringLiteral("ご家族の方としてのお申し込みでしょうか？");
    const Run asked = host.run(reply(applicant, QStringLiteral("hold"), QStringLiteral("--send"),
                                     s_bothPasswords + QStringList{QStringLiteral("--question"), question}),
                               servers.bothLines());
    INFO(asked.err.toStdString());
    REQUIRE(asked.exitCode == 0);
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 1);
    CHECK(received.first().rcptTos == QStringList{s_applicantAddress});
    const MimeMessage mail = MimeParser::parse(received.first().bytes);
    CHECK(mail.text.contains(question));
    CHECK_FALSE(mail.text.contains(QStringLiteral("未入力")));
    CHECK_FALSE(mail.text.contains(s_passcode)); // only an invitation carries the meeting's secrets
    CHECK(host.status() == QStringLiteral("on_hold"));
}

TEST_CASE("reply --draft puts the reply in the Drafts folder and sends nothing", "[cli][reply][server]")
{
    Servers servers;
    HostProfile host;
    host.connect(servers);
    const qint64 applicant = host.applicant();

    const Run drafted = host.run(
        reply(applicant, QStringLiteral("invite"), QStringLiteral("--draft"), {QStringLiteral("--password-stdin")}),
        servers.imapLine());
    INFO(drafted.err.toStdString());
    REQUIRE(drafted.exitCode == 0);
    CHECK(drafted.out.contains(QStringLiteral("Drafts folder")));
    CHECK(servers.smtp.messages().isEmpty());
    const QList<QByteArray> drafts = servers.folder(QStringLiteral("Drafts"));
    REQUIRE(drafts.size() == 1);
    const MimeMessage mail = MimeParser::parse(drafts.first());
    REQUIRE(mail.to.size() == 1);
    CHECK(mail.to.first().address == s_applicantAddress);
    CHECK(mail.inReplyTo == QString::fromLatin1(s_applicationId));
    CHECK(mail.text.contains(s_passcode));
    CHECK(servers.folder(QStringLiteral("Sent")).isEmpty());
    CHECK(host.replies() == QStringList{QStringLiteral("invite on_server ")});
    // The host sends it from their own mail app; until then the applicant still waits.
    CHECK(host.status() == QStringLiteral("new"));
}

TEST_CASE("a refused SMTP password is explained without the password and the reply is kept as failed",
          "[cli][reply][server]")
{
    Servers servers;
    HostProfile host;
    host.connect(servers);
    const qint64 applicant = host.applicant();
    const QByteArray wrong = "not the smtp pass 81";

    const Run failed = host.run(reply(applicant, QStringLiteral("invite"), QStringLiteral("--send"), s_bothPasswords),
                                servers.imapLine() + wrong + '\n');
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(QStringLiteral("did not accept the user name or password")));
    CHECK(failed.err.contains(QStringLiteral("is kept")));
    CHECK_FALSE(failed.shows(QString::fromLatin1(wrong)));
    CHECK_FALSE(failed.shows(servers.imap.password()));
    CHECK(servers.smtp.messages().isEmpty());
    CHECK(servers.folder(QStringLiteral("Sent")).isEmpty());
    CHECK(host.replies() == QStringList{QStringLiteral("invite failed login_failed")});
    CHECK(host.status() == QStringLiteral("new"));
}

TEST_CASE("reply with bad arguments prints the usage and changes nothing", "[cli][reply]")
{
    HostProfile host;
    const QString usage = QStringLiteral("Usage: tsunagu reply");
    const QList<QStringList> mistakes = {
        words("reply --applicant 1 --action invite"),
        reply(1, QStringLiteral("invite"), QStringLiteral("--print"), {QStringLiteral("--send")}),
        reply(1, QStringLiteral("invite"), QStringLiteral("--send"), {QStringLiteral("--draft")}),
        reply(1, QStringLiteral("thank"), QStringLiteral("--print")),
        reply(0, QStringLiteral("invite"), QStringLiteral("--print")),
        reply(-3, QStringLiteral("invite"), QStringLiteral("--print")),
        words("reply --applicant sakura --action invite --print"),
        reply(1, QStringLiteral("invite"), QStringLiteral("--print"),
              {QStringLiteral("--language"), QStringLiteral("fr")}),
    };
    for (const QStringList& arguments : mistakes) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = host.run(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(usage));
        CHECK(run.out.isEmpty());
    }
    const Run unknownOption = host.run(reply(1, QStringLiteral("invite"), QStringLiteral("--print"),
                                             {QStringLiteral("--cc"), QStringLiteral("x@example.org")}));
    CHECK(unknownOption.exitCode == 2);

    // Well-formed, but naming what is not there.
    const Run noApplicant = host.run(reply(999, QStringLiteral("invite"), QStringLiteral("--print")));
    CHECK(noApplicant.exitCode == 2);
    CHECK(noApplicant.err.contains(QStringLiteral("no applicant 999")));
    const Run noHost = host.run(reply(1, QStringLiteral("invite"), QStringLiteral("--print"),
                                      {QStringLiteral("--host"), QStringLiteral("ひかる")}));
    CHECK(noHost.exitCode == 2);
    CHECK(noHost.err.contains(QStringLiteral("ひかる")));
    CHECK(host.replies().isEmpty());
}

TEST_CASE("every log line of a sync and a reply, at every level, is free of addresses, names, mail text and secrets",
          "[cli][reply][server][logging]")
{
    const QString password = QStringLiteral("log pass 4 imap and smtp");
    Servers servers(Trust::CaFile, password);
    HostProfile host;
    host.loggingRules = QStringLiteral("tsunagu.*=true");
    host.connect(servers);
    const qint64 applicant = host.applicant();
    const Run sent = host.run(
        reply(applicant, QStringLiteral("invite"), QStringLiteral("--send"), {QStringLiteral("--password-stdin")}),
        password.toUtf8() + '\n');
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    const Run listed = host.run({QStringLiteral("applicants"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    const Run synced = host.run({QStringLiteral("sync"), QStringLiteral("--password-stdin")}, servers.imapLine());
    REQUIRE(synced.exitCode == 0);

    // Only the log: the commands' own output on stdout may name the applicant (the host asked for it).
    const QString log = sent.err + synced.err;
    // The log did speak, from several modules, so the search below means something.
    CHECK(log.contains(QStringLiteral("tsunagu.imap: ")));
    CHECK(log.contains(QStringLiteral("tsunagu.smtp: ")));
    CHECK(log.contains(QStringLiteral("tsunagu.send: ")));
    CHECK(log.contains(QStringLiteral("tsunagu.sync: ")));
    const QStringList personal = {s_applicantAddress,
                                  QStringLiteral("sakura"),
                                  QStringLiteral("さくら"),
                                  QStringLiteral("過食"),
                                  QStringLiteral("はじめまして"),
                                  QStringLiteral("クリニックのポスター"),
                                  s_passcode,
                                  s_joinLink,
                                  QStringLiteral("774 1029 385"),
                                  QStringLiteral("7741029385"),
                                  s_hostName,
                                  QStringLiteral("room-e@example.org"),
                                  password,
                                  QString::fromLatin1(s_applicationId)};
    for (const QString& word : personal) {
        INFO(word.toStdString());
        CHECK_FALSE(log.contains(word));
    }
}

TEST_CASE("reply --print without a mail account names the missing account in a sentence, not a key or the disk",
          "[cli][reply]")
{
    HostProfile host;
    const QString path = host.tmp.filePath(QStringLiteral("application.eml"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::formMail(QStringLiteral("ルームE 参加申し込み"),
                                  test::applicationBody(QStringLiteral("さくら"), QStringLiteral("sakura@example.org")),
                                  "no-account-1@forms.example.org"));
    }
    const Run imported = host.run({QStringLiteral("import"), path, QStringLiteral("--room"), QStringLiteral("E")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const Run printed = host.run(reply(1, QStringLiteral("invite"), QStringLiteral("--print")));
    INFO(printed.err.toStdString());
    CHECK(printed.exitCode == 1);
    CHECK(printed.out.isEmpty());
    CHECK(printed.err.contains(QStringLiteral("No mail account can send")));
    CHECK_FALSE(printed.err.contains(QStringLiteral("disk")));
    CHECK_FALSE(printed.err.contains(QStringLiteral("no_account")));
    CHECK(host.replies().isEmpty());
}

TEST_CASE("rooms set --chat-link --notify-bcc tells every holder in one BCC mail and names none of them",
          "[cli][reply][server][secrets]")
{
    const QString password = QStringLiteral("one pass 4 imap and smtp");
    Servers servers(Trust::CaFile, password);
    HostProfile host;
    host.connect(servers);
    const Run sent = host.run(reply(host.applicant(), QStringLiteral("invite"), QStringLiteral("--send"),
                                    {QStringLiteral("--password-stdin")}),
                              password.toUtf8() + '\n');
    REQUIRE(sent.exitCode == 0);
    REQUIRE(servers.smtp.messages().size() == 1);

    const Run changed = host.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("E"),
                                  QStringLiteral("--chat-link"), QStringLiteral("https://chat.example.org/e-new-5521"),
                                  QStringLiteral("--notify-bcc"), QStringLiteral("--password-stdin")},
                                 password.toUtf8() + '\n');
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.contains(QStringLiteral("in BCC")));
    CHECK_FALSE(changed.shows(password));
    CHECK_FALSE(changed.out.contains(s_applicantAddress));
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 2);
    CHECK(received.last().rcptTos == QStringList{s_applicantAddress});
    CHECK_FALSE(received.last().bytes.contains(s_applicantAddress.toLatin1()));
    const MimeMessage notice = MimeParser::parse(received.last().bytes);
    CHECK(notice.text.contains(QStringLiteral("https://chat.example.org/e-new-5521")));

    // The audit log tells the BCC notice from the reply, and the applicant now holds the new link.
    const Run audit = host.run({QStringLiteral("audit"), QStringLiteral("list")});
    CHECK(audit.out.contains(QStringLiteral("bcc=yes")));
    CHECK_FALSE(audit.out.contains(s_applicantAddress));
    const Run holders = host.run({QStringLiteral("rooms"), QStringLiteral("secret-holders"), QStringLiteral("E")});
    CHECK(holders.out.contains(QString::number(host.applicant())));
}
