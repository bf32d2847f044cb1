// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu sync through the real executable against a real Dovecot: --fetch-only downloads and keeps the mail
// without reading it, applicants list says that mail waits, and the next tsunagu sync reads it, even with the
// server down.
#include "CliRun.h"
#include "DovecotServer.h"
#include "MailSamples.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using tsunagu::test::DovecotServer;
using tsunagu::test::Run;

// The shared demo profile, with the account of the test's Dovecot and a sync that answers in JSON.
struct SyncProfile : tsunagu::test::CliProfile
{
    // The server's mailbox as account "ルームD 受付", receiving for room D.
    void addAccount(const DovecotServer& server) const
    {
        const Run added = run(
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ルームD 受付"),
             QStringLiteral("--imap"),
             QStringLiteral("imaps://%1@%2:%3").arg(server.user(), server.host()).arg(server.imapsPort()),
             QStringLiteral("--ca-file"), server.certificatePath(), QStringLiteral("--rooms"), QStringLiteral("D")});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }

    QJsonObject sync(const DovecotServer& server, const QStringList& extra) const
    {
        const Run synced = run(
            QStringList{QStringLiteral("sync"), QStringLiteral("--password-stdin"), QStringLiteral("--json")} + extra,
            server.password().toUtf8() + "\n");
        INFO(synced.err.toStdString());
        REQUIRE(synced.exitCode == 0);
        const QJsonArray results = QJsonDocument::fromJson(synced.out.toUtf8()).array();
        REQUIRE(results.size() == 1);
        return results.first().toObject();
    }
};

QByteArray applicationFor(const QString& name, int n)
{
    return tsunagu::test::formMail(
        QStringLiteral("【ルームD】参加申し込み"),
        tsunagu::test::applicationBody(name, QStringLiteral("cli-applicant%1@example.jp").arg(n)),
        QByteArrayLiteral("cli-form-%1@forms.example.org").replace("%1", QByteArray::number(n)));
}

} // namespace

TEST_CASE("sync --fetch-only keeps the mail without reading it, and the next sync reads it", "[cli][sync][server]")
{
    DovecotServer::requireInstalled();
    DovecotServer server;
    REQUIRE(server.start());
    SyncProfile profile;
    profile.addAccount(server);
    const QStringList names = {QStringLiteral("つばめ"), QStringLiteral("ひたき"), QStringLiteral("るり")};
    for (int n = 0; n < 2; ++n)
        REQUIRE_FALSE(server.deliver(applicationFor(names.at(n), n)).isEmpty());

    const QJsonObject fetched = profile.sync(server, {QStringLiteral("--fetch-only")});
    CHECK(fetched.value(QStringLiteral("ok")).toBool());
    CHECK(fetched.value(QStringLiteral("fetched")).toInt() == 2);
    CHECK(fetched.value(QStringLiteral("read")).toInt() == 0);
    CHECK(fetched.value(QStringLiteral("waiting")).toInt() == 2);
    CHECK(fetched.value(QStringLiteral("applications")).toInt() == 0);

    // In words: what came, and that it waits to be read.
    REQUIRE_FALSE(server.deliver(applicationFor(names.at(2), 2)).isEmpty());
    const Run text =
        profile.run({QStringLiteral("sync"), QStringLiteral("--password-stdin"), QStringLiteral("--fetch-only")},
                    server.password().toUtf8() + "\n");
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("1 new mail")));
    CHECK(text.out.contains(QStringLiteral("waiting to be read: 3")));
    CHECK(text.out.contains(QStringLiteral("tsunagu sync")));
    CHECK_FALSE(text.out.contains(QStringLiteral("applications")));

    // Not read yet: not listed, and the listing says so on stderr (its output stays clean for scripts).
    const Run waiting = profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(waiting.exitCode == 0);
    CHECK(waiting.err.contains(QStringLiteral("3 received mails have not been read yet")));
    for (const QString& name : names)
        CHECK_FALSE(waiting.out.contains(name));
    CHECK_FALSE(QJsonDocument::fromJson(waiting.out.toUtf8()).isNull());

    const QJsonObject read = profile.sync(server, {});
    CHECK(read.value(QStringLiteral("ok")).toBool());
    CHECK(read.value(QStringLiteral("fetched")).toInt() == 0);
    CHECK(read.value(QStringLiteral("read")).toInt() == 3);
    CHECK(read.value(QStringLiteral("waiting")).toInt() == 0);
    CHECK(read.value(QStringLiteral("applications")).toInt() == 3);

    const Run listed = profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--room"),
                                    QStringLiteral("D"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.err.isEmpty());
    for (const QString& name : names)
        CHECK(listed.out.contains(name));

    // Nothing new and nothing waiting: a sync reads nothing twice.
    const QJsonObject again = profile.sync(server, {});
    CHECK(again.value(QStringLiteral("fetched")).toInt() == 0);
    CHECK(again.value(QStringLiteral("read")).toInt() == 0);
}

TEST_CASE("sync --help explains --fetch-only", "[cli][sync]")
{
    SyncProfile profile;
    const Run help = profile.run({QStringLiteral("sync"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--fetch-only")));
    const Run overview = profile.run({QStringLiteral("--help")});
    CHECK(overview.out.contains(QStringLiteral("--fetch-only")));
}

TEST_CASE("sync --password-stdin is refused for an account that signs in, with what to do instead", "[cli][sync]")
{
    tsunagu::test::CliProfile profile;
    const Run added = profile.run({QStringLiteral("account"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("Outlook 受付"),
                                   QStringLiteral("--rooms"),
                                   QStringLiteral("E"),
                                   QStringLiteral("--imap"),
                                   QStringLiteral("imaps://host@example.org@127.0.0.1:1"),
                                   QStringLiteral("--smtp"),
                                   QStringLiteral("smtps://host@example.org@127.0.0.1:1"),
                                   QStringLiteral("--oauth"),
                                   QStringLiteral("custom"),
                                   QStringLiteral("--oauth-client-id"),
                                   QStringLiteral("client-example"),
                                   QStringLiteral("--oauth-authorize-url"),
                                   QStringLiteral("http://127.0.0.1:1/authorize"),
                                   QStringLiteral("--oauth-token-url"),
                                   QStringLiteral("http://127.0.0.1:1/token"),
                                   QStringLiteral("--oauth-scopes"),
                                   QStringLiteral("mail")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const Run refused = profile.run({QStringLiteral("sync"), QStringLiteral("--account"),
                                     QStringLiteral("Outlook 受付"), QStringLiteral("--password-stdin")},
                                    "not-a-password\n");
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("Outlook 受付 signs in through its provider and takes no password")));
    CHECK(refused.err.contains(QStringLiteral("tsunagu account sign-in")));
    CHECK_FALSE(refused.shows(QStringLiteral("not-a-password")));
}

TEST_CASE("sync with the server down still reads the mail downloaded earlier, and says both", "[cli][sync][server]")
{
    DovecotServer::requireInstalled();
    DovecotServer server;
    REQUIRE(server.start());
    SyncProfile profile;
    profile.addAccount(server);
    const QStringList names = {QStringLiteral("かわせみ"), QStringLiteral("せきれい")};
    for (int n = 0; n < names.size(); ++n)
        REQUIRE_FALSE(server.deliver(applicationFor(names.at(n), n)).isEmpty());
    REQUIRE(profile.sync(server, {QStringLiteral("--fetch-only")}).value(QStringLiteral("waiting")).toInt() == 2);

    server.stop();
    const Run offline =
        profile.run({QStringLiteral("sync"), QStringLiteral("--password-stdin")}, server.password().toUtf8() + "\n");
    // The run fails (the server could not be reached) and says so; what had been downloaded is read all the same.
    CHECK(offline.exitCode == 1);
    CHECK(offline.err.contains(QStringLiteral("could not reach the mail server")));
    CHECK(offline.out.contains(QStringLiteral("applications 2")));
    CHECK(offline.out.contains(QStringLiteral("read 2")));
    CHECK_FALSE(offline.out.contains(QStringLiteral("waiting to be read")));

    const Run listed = profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.err.isEmpty());
    for (const QString& name : names)
        CHECK(listed.out.contains(name));
}

TEST_CASE("sync --trace writes the IMAP conversation without the password, addresses or mail text",
          "[cli][sync][server][trace]")
{
    DovecotServer::requireInstalled();
    DovecotServer server;
    REQUIRE(server.start());
    SyncProfile profile;
    profile.addAccount(server);
    const QString subject = QStringLiteral("【ルームD】参加申し込み 追跡テスト");
    const QString name = QStringLiteral("かわせみ");
    const QString applicant = QStringLiteral("trace-applicant@example.jp");
    const QString extra = QStringLiteral("Hidden sentence for the trace test.");
    REQUIRE_FALSE(server
                      .deliver(tsunagu::test::formMail(subject, tsunagu::test::applicationBody(name, applicant, extra),
                                                       QByteArrayLiteral("trace-form@forms.example.org")))
                      .isEmpty());

    const QString tracePath = profile.tmp.filePath(QStringLiteral("trace.txt"));
    const Run synced = profile.run({QStringLiteral("--trace"), tracePath, QStringLiteral("sync"),
                                    QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                   server.password().toUtf8() + "\n");
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    const QJsonArray results = QJsonDocument::fromJson(synced.out.toUtf8()).array();
    REQUIRE(results.size() == 1);
    CHECK(results.first().toObject().value(QStringLiteral("fetched")).toInt() == 1);

    QFile file(tracePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString trace = QString::fromUtf8(file.readAll());
    INFO(trace.toStdString());
    // The conversation is there: the greeting, the login, the mailbox, the download and the end.
    CHECK(trace.contains(QStringLiteral("S: * OK")));
    CHECK((trace.contains(QStringLiteral(" LOGIN <user> <password>")) ||
           trace.contains(QStringLiteral(" AUTHENTICATE PLAIN"))));
    CHECK(trace.contains(QStringLiteral(" EXAMINE ")));
    CHECK(trace.contains(QStringLiteral(" UID FETCH ")));
    CHECK(trace.contains(QStringLiteral("<literal ")));
    CHECK(trace.contains(QStringLiteral(" LOGOUT")));
    // …and nothing that belongs to anyone.
    const QByteArray plain = '\0' + server.user().toUtf8() + '\0' + server.password().toUtf8(); // RFC 4616
    for (const QString& secret : {server.password(), QString::fromLatin1(plain.toBase64()), server.user(), applicant,
                                  subject, QStringLiteral("追跡テスト"), name, extra, QStringLiteral("trace-form@")})
        CHECK_FALSE(trace.contains(secret));
    CHECK_FALSE(trace.contains(QLatin1Char('@')));
}
