// SPDX-License-Identifier: GPL-3.0-or-later
// --passphrase-file and TSUNAGU_PASSPHRASE_FILE on every command, the passphrase command, and the exit status 3
// when the passphrase is missing or wrong.
#include "CliRun.h"
#include "DovecotServer.h"
#include "MailSamples.h"
#include "RawBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tsunagu;
using namespace tsunagu::test;

using tsunagu::test::everyByteOf;
using tsunagu::test::foundIn;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

Run runTsunagu(const QTemporaryDir&, const QStringList& arguments, const QProcessEnvironment& env)
{
    return runProcess(QStringLiteral(TSUNAGU_EXECUTABLE), arguments, env);
}

} // namespace

TEST_CASE("A profile created with --passphrase-file opens only with that passphrase", "[cli][passphrase]")
{
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("profile"));
    const QString right = writeFile(tmp, QStringLiteral("right.txt"), "正しい 合言葉\n");
    const QString wrong = writeFile(tmp, QStringLiteral("wrong.txt"), "ちがう\n");
    const QProcessEnvironment env = cliEnvironment(tmp.path());

    Run created = runTsunagu(tmp,
                             {QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), right,
                              QStringLiteral("--demo"), QStringLiteral("applicants"), QStringLiteral("list"),
                              QStringLiteral("--json"), QStringLiteral("--with-addresses")},
                             env);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("example")));
    CHECK(QFile::exists(QDir(profile).filePath(QStringLiteral("tsunagu.key"))));

    Run none =
        runTsunagu(tmp, {QStringLiteral("--profile"), profile, QStringLiteral("rooms"), QStringLiteral("list")}, env);
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(QStringLiteral("passphrase")));

    Run bad = runTsunagu(tmp,
                         {QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), wrong,
                          QStringLiteral("rooms"), QStringLiteral("list")},
                         env);
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(QStringLiteral("The passphrase is not right")));

    // The same through the environment, for scripts.
    QProcessEnvironment scripted = env;
    scripted.insert(QStringLiteral("TSUNAGU_PASSPHRASE_FILE"), right);
    Run viaEnv = runTsunagu(tmp,
                            {QStringLiteral("--profile"), profile, QStringLiteral("applicants"), QStringLiteral("list"),
                             QStringLiteral("--json"), QStringLiteral("--with-addresses")},
                            scripted);
    CHECK(viaEnv.exitCode == 0);
    CHECK(viaEnv.out == created.out);

    Run status = runTsunagu(tmp,
                            {QStringLiteral("--profile"), profile, QStringLiteral("passphrase"),
                             QStringLiteral("status"), QStringLiteral("--json")},
                            scripted);
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("\"sealed\":true")));
}

TEST_CASE("passphrase change rewraps the key and passphrase set seals a plain profile", "[cli][passphrase]")
{
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("profile"));
    const QString first = writeFile(tmp, QStringLiteral("first.txt"), "first phrase\r\n");
    const QString second = writeFile(tmp, QStringLiteral("second.txt"), "second phrase\n");
    const QProcessEnvironment env = cliEnvironment(tmp.path());
    const QStringList on{QStringLiteral("--profile"), profile};

    // A plain demo profile, as an earlier version made it.
    REQUIRE(runTsunagu(tmp, on + QStringList{QStringLiteral("--demo"), QStringLiteral("rooms"), QStringLiteral("list")},
                       env)
                .exitCode == 0);
    const Run plainList = runTsunagu(tmp,
                                     on + QStringList{QStringLiteral("applicants"), QStringLiteral("list"),
                                                      QStringLiteral("--json"), QStringLiteral("--with-addresses")},
                                     env);
    REQUIRE(plainList.exitCode == 0);
    // An applicant's address, as the demo gives it.
    const QByteArray address = QJsonDocument::fromJson(plainList.out.toUtf8())
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("replyAddress"))
                                   .toString()
                                   .toUtf8();
    REQUIRE(address.contains("@example"));
    QFile database(QDir(profile).filePath(QStringLiteral("tsunagu.sqlite")));
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK(database.readAll().contains(address));
    database.close();

    Run set = runTsunagu(tmp,
                         on + QStringList{QStringLiteral("passphrase"), QStringLiteral("set"),
                                          QStringLiteral("--new-passphrase-file"), first},
                         env);
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("sealed")));
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK_FALSE(database.readAll().contains(address));
    database.close();
    CHECK(runTsunagu(tmp, on + QStringList{QStringLiteral("rooms"), QStringLiteral("list")}, env).exitCode == 3);

    const QStringList withFirst = on + QStringList{QStringLiteral("--passphrase-file"), first};
    Run change = runTsunagu(tmp,
                            withFirst + QStringList{QStringLiteral("passphrase"), QStringLiteral("change"),
                                                    QStringLiteral("--new-passphrase-file"), second},
                            env);
    REQUIRE(change.exitCode == 0);
    CHECK(runTsunagu(tmp, withFirst + QStringList{QStringLiteral("rooms"), QStringLiteral("list")}, env).exitCode == 3);
    Run sealedList = runTsunagu(tmp,
                                on + QStringList{QStringLiteral("--passphrase-file"), second,
                                                 QStringLiteral("applicants"), QStringLiteral("list"),
                                                 QStringLiteral("--json"), QStringLiteral("--with-addresses")},
                                env);
    REQUIRE(sealedList.exitCode == 0);
    // The same applicants, read through the seal.
    CHECK(sealedList.out == plainList.out);

    Run remove = runTsunagu(tmp,
                            on + QStringList{QStringLiteral("--passphrase-file"), second, QStringLiteral("passphrase"),
                                             QStringLiteral("remove")},
                            env);
    CHECK(remove.exitCode == 1);
    CHECK(remove.err.contains(QStringLiteral("cannot be removed")));
}

namespace {

// What the demo holds that nobody but the host may read: every applicant's address and a fragment of their
// introduction, every chat link, join URL, meeting ID and passcode.
QStringList demoSecrets()
{
    QFile file(QStringLiteral(":/tsunagu/demo/demo.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
    QStringList secrets;
    for (const QJsonValue& value : demo.value(QStringLiteral("applicants")).toArray()) {
        const QJsonObject applicant = value.toObject();
        secrets << applicant.value(QStringLiteral("address")).toString()
                << applicant.value(QStringLiteral("intro")).toString().left(14);
    }
    for (const QJsonValue& value : demo.value(QStringLiteral("rooms")).toArray()) {
        const QJsonObject room = value.toObject();
        secrets << room.value(QStringLiteral("chatLink")).toString();
        for (const QJsonValue& series : room.value(QStringLiteral("series")).toArray()) {
            for (const char* key : {"joinUrl", "meetingId", "passcode"})
                secrets << series.toObject().value(QLatin1String(key)).toString();
        }
    }
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    return secrets;
}

// The steps of a host's evening on a profile: the demo, the room's mailbox synced from Dovecot, a note, and an
// invitation (with the meeting's passcode) saved as a draft on the server.
void hostsEvening(const QStringList& on, const QProcessEnvironment& env, const DovecotServer& server)
{
    const auto run = [&](const QStringList& words, const QByteArray& input = {}) {
        const Run result = runProcess(QStringLiteral(TSUNAGU_EXECUTABLE), on + words, env, input);
        INFO(words.join(QLatin1Char(' ')).toStdString() << "\n" << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    };
    const QByteArray password = server.password().toUtf8() + '\n';
    run({QStringLiteral("--demo"), QStringLiteral("rooms"), QStringLiteral("list")});
    run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ルームD 受付"),
         QStringLiteral("--imap"),
         QStringLiteral("imaps://%1@%2:%3").arg(server.user(), server.host()).arg(server.imapsPort()),
         QStringLiteral("--ca-file"), server.certificatePath(), QStringLiteral("--rooms"), QStringLiteral("D"),
         QStringLiteral("--drafts-folder"), QStringLiteral("Drafts"),
         // A draft needs an account that could send; nothing is sent here.
         QStringLiteral("--smtp"), QStringLiteral("smtp://%1@127.0.0.1:9").arg(server.user()),
         QStringLiteral("--smtp-starttls")});
    run({QStringLiteral("sync"), QStringLiteral("--password-stdin"), QStringLiteral("--fetch-only")}, password);
    run({QStringLiteral("sync"), QStringLiteral("--password-stdin")}, password);
    const Run listed = run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json"),
                            QStringLiteral("--with-addresses")});
    qint64 synced = 0;
    for (const QJsonValue& value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (value.toObject().value(QStringLiteral("replyAddress")).toString() ==
            QLatin1String("sealed-evening@example.jp"))
            synced = value.toObject().value(QStringLiteral("id")).toInteger();
    }
    REQUIRE(synced > 0);
    run({QStringLiteral("applicants"), QStringLiteral("set"), QString::number(synced), QStringLiteral("--note"),
         QStringLiteral("夜に電話で話した。家族には内緒")});
    run({QStringLiteral("reply"), QStringLiteral("--applicant"), QString::number(synced), QStringLiteral("--action"),
         QStringLiteral("invite"), QStringLiteral("--draft"), QStringLiteral("--password-stdin")},
        password);
}

} // namespace

TEST_CASE("After a sealed demo, a sync from Dovecot and a reply no applicant text, address or meeting secret is in "
          "the profile's files",
          "[cli][passphrase][server]")
{
    DovecotServer::requireInstalled();
    DovecotServer::Options options;
    options.specialUseMailboxes = true;
    DovecotServer server(options);
    REQUIRE(server.start());
    REQUIRE_FALSE(
        server
            .deliver(formMail(QStringLiteral("【ルームD】参加申し込み"),
                              applicationBody(QStringLiteral("よあけ"), QStringLiteral("sealed-evening@example.jp"),
                                              QStringLiteral("夜になると飲まずにいられません。\n")),
                              "sealed-form@forms.example.org"))
            .isEmpty());
    QTemporaryDir tmp;
    const QProcessEnvironment env = cliEnvironment(tmp.path());
    const QString pass = writeFile(tmp, QStringLiteral("pass.txt"), "evening passphrase\n");
    const QString sealed = tmp.filePath(QStringLiteral("sealed"));
    const QString plain = tmp.filePath(QStringLiteral("plain"));

    QStringList secrets = demoSecrets();
    REQUIRE(secrets.size() > 20);
    secrets << QStringLiteral("sealed-evening@example.jp") << QStringLiteral("夜になると飲まずにいられません")
            << QStringLiteral("夜に電話で話した。家族には内緒");

    // The same evening without a passphrase: the search finds what a plain profile keeps.
    hostsEvening({QStringLiteral("--profile"), plain}, env, server);
    const QStringList inPlain = foundIn(everyByteOf(plain), secrets);
    CHECK(inPlain.contains(QStringLiteral("sealed-evening@example.jp")));
    CHECK(inPlain.contains(QStringLiteral("demo-dkk3")));
    CHECK(inPlain.contains(QStringLiteral("夜に電話で話した。家族には内緒")));

    hostsEvening({QStringLiteral("--profile"), sealed, QStringLiteral("--passphrase-file"), pass}, env, server);
    CHECK(foundIn(everyByteOf(sealed), secrets) == QStringList{});
}
