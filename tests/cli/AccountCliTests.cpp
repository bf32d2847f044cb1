// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu account add/list/remove through the real executable: what the host sees, what is refused, and that a
// password never lands in the output or the data file. The keychain is made unavailable on purpose (a D-Bus
// address that cannot exist), except in the one test that starts its own throwaway keyring.
#include "CliRun.h"
#include "RequireServer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using tsunagu::test::cliEnvironment;
using tsunagu::test::requireServer;
using tsunagu::test::Run;
using tsunagu::test::runProcess;

// The shared demo profile (no keychain), with its accounts and the bytes of its data files.
struct AccountProfile : tsunagu::test::CliProfile
{
    QJsonArray accounts() const
    {
        const Run listed = run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        INFO(listed.err.toStdString());
        REQUIRE(listed.exitCode == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString& name : QDir(dir).entryList({QStringLiteral("*.sqlite*")}, QDir::Files)) {
            QFile file(QDir(dir).filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
        }
        return bytes;
    }
};

QStringList addArguments(const QString& name, const QString& url)
{
    return {QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("--name"),  name,
            QStringLiteral("--imap"),  url};
}

} // namespace

TEST_CASE("account add keeps the account and its rooms and, without a keychain, says how to give the password",
          "[cli][accounts]")
{
    AccountProfile profile;
    const QByteArray password = "gmail-app-password-7731";
    const Run added = profile.run(
        addArguments(QStringLiteral("ルームD 受付"), QStringLiteral("imaps://room-d@example.org@imap.gmail.com:993")) +
            QStringList{QStringLiteral("--rooms"), QStringLiteral("D,DA"), QStringLiteral("--password-stdin")},
        password + "\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("ルームD 受付")));
    CHECK(added.err.contains(QStringLiteral("No keychain is available")));
    CHECK(added.err.contains(QStringLiteral("tsunagu sync --password-stdin")));

    const QJsonArray accounts = profile.accounts();
    REQUIRE(accounts.size() == 1);
    const QJsonObject account = accounts.at(0).toObject();
    CHECK(account.value(QStringLiteral("name")).toString() == QStringLiteral("ルームD 受付"));
    CHECK(account.value(QStringLiteral("user")).toString() == QStringLiteral("room-d@example.org"));
    CHECK(account.value(QStringLiteral("imapHost")).toString() == QStringLiteral("imap.gmail.com"));
    CHECK(account.value(QStringLiteral("imapPort")).toInt() == 993);
    CHECK(account.value(QStringLiteral("imapSecurity")).toString() == QStringLiteral("tls"));
    CHECK(account.value(QStringLiteral("provider")).toString() == QStringLiteral("gmail"));
    CHECK(account.value(QStringLiteral("folder")).toString() == QStringLiteral("INBOX"));
    CHECK(account.value(QStringLiteral("rooms")).toArray() == QJsonArray{QStringLiteral("D"), QStringLiteral("DA")});
    // The sync must ask for the password, since nothing could keep it.
    CHECK(account.value(QStringLiteral("askPassword")).toBool());

    const Run table = profile.run({QStringLiteral("account"), QStringLiteral("list")});
    CHECK(table.out.contains(QStringLiteral("imap.gmail.com:993")));
    for (const Run& run : {added, table}) {
        CHECK_FALSE(run.out.contains(QString::fromLatin1(password)));
        CHECK_FALSE(run.err.contains(QString::fromLatin1(password)));
    }
    CHECK_FALSE(profile.databaseBytes().contains(password));
}

TEST_CASE("account add refuses an unencrypted connection to another computer and other mistakes, changing nothing",
          "[cli][accounts]")
{
    AccountProfile profile;
    const Run plain = profile.run(addArguments(QStringLiteral("平文"), QStringLiteral("imap://host@imap.example.org")));
    CHECK(plain.exitCode == 2);
    CHECK(plain.err.contains(QStringLiteral("127.0.0.1")));

    const Run outlook = profile.run(
        addArguments(QStringLiteral("Hotmail"), QStringLiteral("imaps://room@example.org@outlook.office365.com")));
    CHECK(outlook.exitCode == 2);
    CHECK(outlook.err.contains(QStringLiteral("Microsoft sign-in")));

    const Run room = profile.run(addArguments(QStringLiteral("受付"), QStringLiteral("imaps://u@imap.example.org")) +
                                 QStringList{QStringLiteral("--rooms"), QStringLiteral("D,ZZ")});
    CHECK(room.exitCode == 2);
    CHECK(room.err.contains(QStringLiteral("\"ZZ\"")));

    const Run pin = profile.run(addArguments(QStringLiteral("受付"), QStringLiteral("imaps://u@imap.example.org")) +
                                QStringList{QStringLiteral("--pin"), QStringLiteral("sha256:1234")});
    CHECK(pin.exitCode == 2);

    QTemporaryDir tmp;
    const QString notPem = tmp.filePath(QStringLiteral("ca.txt"));
    QFile file(notPem);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    const Run ca = profile.run(addArguments(QStringLiteral("受付"), QStringLiteral("imaps://u@imap.example.org")) +
                               QStringList{QStringLiteral("--ca-file"), notPem});
    CHECK(ca.exitCode == 2);

    const Run url = profile.run(addArguments(QStringLiteral("受付"), QStringLiteral("https://imap.example.org")));
    CHECK(url.exitCode == 2);
    CHECK(profile.accounts().isEmpty());
}

TEST_CASE("account add takes STARTTLS, a local bridge without encryption and a pinned certificate", "[cli][accounts]")
{
    AccountProfile profile;
    const QString hex = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const Run bridge = profile.run(
        addArguments(QStringLiteral("Proton"), QStringLiteral("imap://room-e%40example.jp@127.0.0.1:1143")) +
        QStringList{QStringLiteral("--rooms"), QStringLiteral("E")});
    INFO(bridge.err.toStdString());
    REQUIRE(bridge.exitCode == 0);
    const Run starttls =
        profile.run(addArguments(QStringLiteral("StartTLS"), QStringLiteral("imap://host@imap.example.org")) +
                    QStringList{QStringLiteral("--starttls"), QStringLiteral("--pin"), QStringLiteral("sha256:") + hex,
                                QStringLiteral("--folder"), QStringLiteral("Forms")});
    INFO(starttls.err.toStdString());
    REQUIRE(starttls.exitCode == 0);
    const Run duplicate =
        profile.run(addArguments(QStringLiteral("Proton"), QStringLiteral("imaps://u@imap.example.org")));
    CHECK(duplicate.exitCode == 2);
    CHECK(duplicate.err.contains(QStringLiteral("already")));

    const QJsonArray accounts = profile.accounts();
    REQUIRE(accounts.size() == 2);
    const QJsonObject proton = accounts.at(0).toObject();
    CHECK(proton.value(QStringLiteral("user")).toString() == QStringLiteral("room-e@example.jp"));
    CHECK(proton.value(QStringLiteral("imapSecurity")).toString() == QStringLiteral("plain_local"));
    CHECK(proton.value(QStringLiteral("imapPort")).toInt() == 1143);
    CHECK(proton.value(QStringLiteral("rooms")).toArray() == QJsonArray{QStringLiteral("E")});
    CHECK_FALSE(proton.value(QStringLiteral("askPassword")).toBool()); // no password given, none refused
    const QJsonObject other = accounts.at(1).toObject();
    CHECK(other.value(QStringLiteral("imapSecurity")).toString() == QStringLiteral("starttls"));
    CHECK(other.value(QStringLiteral("imapPort")).toInt() == 143);
    CHECK(other.value(QStringLiteral("folder")).toString() == QStringLiteral("Forms"));
    CHECK(other.value(QStringLiteral("pin")).toString() == QStringLiteral("sha256:") + hex);
}

TEST_CASE("account remove forgets the account and keeps its rooms", "[cli][accounts]")
{
    AccountProfile profile;
    REQUIRE(profile
                .run(addArguments(QStringLiteral("受付"), QStringLiteral("imaps://u@imap.example.org")) +
                     QStringList{QStringLiteral("--rooms"), QStringLiteral("D")})
                .exitCode == 0);
    const Run unknown = profile.run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("ない")});
    CHECK(unknown.exitCode == 2);
    CHECK(profile.accounts().size() == 1);

    const Run removed = profile.run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("受付")});
    INFO(removed.err.toStdString());
    CHECK(removed.exitCode == 0);
    CHECK(removed.out.contains(QStringLiteral("受付")));
    CHECK(profile.accounts().isEmpty());
    const Run rooms = profile.run({QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(rooms.out.toUtf8()).array().size() == 12);
}

TEST_CASE("with a working keychain the password is kept there and not asked again", "[cli][accounts][keychain]")
{
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    requireServer(QStringLiteral("a keychain (dbus-run-session from dbus, gnome-keyring-daemon from gnome-keyring)"),
                  !dbus.isEmpty() && !keyring.isEmpty());
    AccountProfile profile;
    // A private session bus and keyring in a temporary HOME: the developer's own keychain is never touched.
    QProcessEnvironment env = cliEnvironment(profile.tmp.path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), profile.tmp.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), profile.tmp.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), profile.tmp.path());
    const QString script = QStringLiteral(
        "printf keyring-unlock | \"$1\" --unlock --components=secrets >/dev/null 2>&1 || exit 3; "
        "\"$2\" --profile \"$3\" account add --name 鍵 --imap imaps://u@imap.example.org --password-stdin; rc=$?; "
        "\"$2\" --profile \"$3\" account list --json; exit $rc");
    const Run run =
        runProcess(dbus,
                   QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                               QStringLiteral("sh"), keyring, QStringLiteral(TSUNAGU_EXECUTABLE), profile.dir},
                   env, "keychain-password-55\n");
    INFO(run.out.toStdString() << run.err.toStdString());
    // Exit code 3: installed, but the daemon would not start or unlock here (the script above says so).
    requireServer(QStringLiteral("a running gnome-keyring-daemon"), run.exitCode != 3);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("kept in the keychain")));
    CHECK_FALSE(run.err.contains(QStringLiteral("No keychain")));
    CHECK(run.out.contains(QStringLiteral("\"askPassword\": false")));
    CHECK_FALSE(run.out.contains(QStringLiteral("keychain-password-55")));
}
