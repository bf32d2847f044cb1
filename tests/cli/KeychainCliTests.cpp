// SPDX-License-Identifier: GPL-3.0-or-later
// The data key kept in the operating system's keychain, through the real executable: a new profile is sealed with
// its key in a real keyring (gnome-keyring-daemon on a private session bus, HOME in a temporary folder), opens
// again, a plain profile is sealed when it opens, a passphrase replaces the keychain and gives way to it again; a
// profile whose key is not in this keychain and a new profile where no keychain works are refused with status 3.
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

using namespace tsunagu::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString databaseOf(const QString& profile)
{
    return QDir(profile).filePath(QStringLiteral("tsunagu.sqlite"));
}

// A private keyring: `tsunagu` runs inside dbus-run-session with gnome-keyring-daemon started and unlocked in it,
// HOME (and so the keyring's files) in `home`. Each line of `commands` is the arguments of one tsunagu run; their
// outputs are separated by "==N rc=STATUS" lines.
struct Keyring
{
    QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));

    Keyring()
    {
        requireServer(
            QStringLiteral("a keychain (dbus-run-session from dbus, gnome-keyring-daemon from gnome-keyring)"),
            !dbus.isEmpty() && !daemon.isEmpty());
    }

    // The output of each command, and its exit status.
    struct Step
    {
        int exitCode = -1;
        QString out;
    };

    QVector<Step> run(const QString& home, const QVector<QStringList>& commands) const
    {
        QProcessEnvironment env = cliEnvironment(home);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("TSUNAGU_TEST_PLAIN_PROFILES"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
        // One line per command, each argument single-quoted for the shell.
        QStringList arguments{
            QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QString(), QStringLiteral("sh"), daemon};
        QString lines =
            QStringLiteral("printf keyring-unlock | \"$1\" --unlock --components=secrets >/dev/null 2>&1 || exit 97\n");
        int index = 0;
        for (const QStringList& command : commands) {
            QString line = QStringLiteral("'%1'").arg(QStringLiteral(TSUNAGU_EXECUTABLE));
            for (QString argument : command)
                line += QStringLiteral(" '") + argument.replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                        QLatin1Char('\'');
            lines += line + QStringLiteral(" 2>&1; echo \"==%1 rc=$?\"\n").arg(index++);
        }
        arguments[3] = lines;
        const Run whole = runProcess(dbus, arguments, env);
        INFO(whole.out.toStdString() << whole.err.toStdString());
        // Status 97: installed, but the daemon would not start or unlock here.
        requireServer(QStringLiteral("a running gnome-keyring-daemon"), whole.exitCode != 97);
        QVector<Step> steps;
        QString rest = whole.out;
        for (int i = 0; i < commands.size(); ++i) {
            const QString marker = QStringLiteral("==%1 rc=").arg(i);
            const int at = rest.indexOf(marker);
            REQUIRE(at >= 0);
            const int end = rest.indexOf(QLatin1Char('\n'), at);
            Step step;
            step.out = rest.left(at);
            step.exitCode = rest.mid(at + marker.size(), end - at - marker.size()).toInt();
            steps << step;
            rest = rest.mid(end + 1);
        }
        return steps;
    }
};

QString firstAddress(const QString& json)
{
    const QJsonArray applicants = QJsonDocument::fromJson(json.toUtf8()).array();
    REQUIRE_FALSE(applicants.isEmpty());
    return applicants.first().toObject().value(QStringLiteral("replyAddress")).toString();
}

QStringList on(const QString& profile, const QStringList& arguments)
{
    return QStringList{QStringLiteral("--profile"), profile} + arguments;
}

} // namespace

TEST_CASE("where no keychain works a new profile without a passphrase is refused with status 3 and nothing is made",
          "[cli][keychain]")
{
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("profile"));
    QProcessEnvironment env = cliEnvironment(tmp.path());
    env.remove(QStringLiteral("TSUNAGU_TEST_PLAIN_PROFILES")); // the product's own behaviour

    const Run english =
        runProcess(QStringLiteral(TSUNAGU_EXECUTABLE),
                   on(profile, {QStringLiteral("--demo"), QStringLiteral("rooms"), QStringLiteral("list")}), env);
    INFO(english.out.toStdString() << english.err.toStdString());
    CHECK(english.exitCode == 3);
    CHECK(english.err.contains(
        QStringLiteral("The keychain cannot be used on this computer. Give a passphrase with --passphrase-file.")));
    CHECK_FALSE(QFile::exists(databaseOf(profile)));

    const Run japanese = runProcess(
        QStringLiteral(TSUNAGU_EXECUTABLE),
        on(profile, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("rooms"), QStringLiteral("list")}),
        env);
    CHECK(japanese.exitCode == 3);
    CHECK(japanese.err.contains(QStringLiteral(
        "このコンピューターではキーチェーンが使えません。--passphrase-file でパスフレーズを指定してください")));
    CHECK_FALSE(QFile::exists(databaseOf(profile)));

    // With a passphrase the same profile is made, sealed under it.
    QFile phrase(tmp.filePath(QStringLiteral("phrase.txt")));
    REQUIRE(phrase.open(QIODevice::WriteOnly));
    phrase.write("合言葉 です\n");
    phrase.close();
    const Run withPassphrase =
        runProcess(QStringLiteral(TSUNAGU_EXECUTABLE),
                   on(profile, {QStringLiteral("--passphrase-file"), phrase.fileName(), QStringLiteral("passphrase"),
                                QStringLiteral("status"), QStringLiteral("--json")}),
                   env);
    CHECK(withPassphrase.exitCode == 0);
    CHECK(withPassphrase.out.contains(QStringLiteral("\"keychain\":false")));
    CHECK(withPassphrase.out.contains(QStringLiteral("\"passphrase\":true")));
}

TEST_CASE("a new profile is sealed with its key in the keychain, opens again, and a passphrase replaces the keychain",
          "[cli][keychain]")
{
    Keyring keyring;
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("profile"));
    const QString phrase = tmp.filePath(QStringLiteral("phrase.txt"));
    {
        QFile file(phrase);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("long enough phrase\n");
    }
    const QStringList list{QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--with-addresses")};
    const QStringList status{QStringLiteral("passphrase"), QStringLiteral("status"), QStringLiteral("--json")};
    const auto steps = keyring.run(
        tmp.path(),
        {on(profile, QStringList{QStringLiteral("--demo")} + list), on(profile, list), on(profile, status),
         on(profile,
            {QStringLiteral("passphrase"), QStringLiteral("set"), QStringLiteral("--new-passphrase-file"), phrase}),
         on(profile, status), on(profile, QStringList{QStringLiteral("--passphrase-file"), phrase} + status),
         on(profile,
            {QStringLiteral("--passphrase-file"), phrase, QStringLiteral("passphrase"), QStringLiteral("remove")}),
         on(profile, status), on(profile, list)});
    for (const auto& step : steps)
        UNSCOPED_INFO(step.exitCode << ": " << step.out.toStdString());

    // Made with the demo data, sealed: the key file names a keychain entry and holds no passphrase.
    REQUIRE(steps[0].exitCode == 0);
    const QString address = firstAddress(steps[0].out);
    REQUIRE(address.contains(QStringLiteral("@example")));
    const QByteArray keyFile = fileBytes(QDir(profile).filePath(QStringLiteral("tsunagu.key")));
    CHECK(keyFile.contains("\"keychain\": \"data-key:"));
    CHECK_FALSE(keyFile.contains("passphrase"));
    // Opened again with the key the keychain hands out: the same applicants.
    CHECK(steps[1].exitCode == 0);
    CHECK(steps[1].out == steps[0].out);
    CHECK(steps[2].out.contains(QStringLiteral("{\"keychain\":true,\"passphrase\":false,\"sealed\":true}")));

    // A passphrase set: only it opens the data now; the keychain's copy is gone.
    CHECK(steps[3].exitCode == 0);
    CHECK(steps[4].exitCode == 3);
    CHECK(steps[4].out.contains(QStringLiteral("passphrase")));
    CHECK(steps[5].out.contains(QStringLiteral("{\"keychain\":false,\"passphrase\":true,\"sealed\":true}")));
    // Removed again: back to the keychain, opening without a passphrase.
    CHECK(steps[6].exitCode == 0);
    CHECK(steps[7].out.contains(QStringLiteral("{\"keychain\":true,\"passphrase\":false,\"sealed\":true}")));
    CHECK(steps[8].exitCode == 0);
    CHECK(steps[8].out.contains(address));

    // No applicant's address or self-introduction in the bytes of the database.
    const QByteArray database = fileBytes(databaseOf(profile));
    REQUIRE_FALSE(database.isEmpty());
    CHECK_FALSE(database.contains(address.toUtf8()));
    // はるかぜ's self-introduction in the demo data.
    CHECK_FALSE(database.contains(QStringLiteral("高校生のころから過食と嘔吐が続いています").toUtf8()));
}

TEST_CASE("a plain profile is sealed when it opens where a keychain works, and another keychain cannot open it",
          "[cli][keychain]")
{
    Keyring keyring;
    CliProfile plain; // made where no keychain works: plain, as an earlier version left it
    const QStringList list{QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--with-addresses")};
    const Run before = plain.run(list);
    REQUIRE(before.exitCode == 0);
    const QString address = firstAddress(before.out);
    const QByteArray introduction = QStringLiteral("高校生のころから過食と嘔吐が続いています").toUtf8();
    REQUIRE(fileBytes(databaseOf(plain.dir)).contains(address.toUtf8()));
    REQUIRE(fileBytes(databaseOf(plain.dir)).contains(introduction));

    QTemporaryDir home;
    const auto steps = keyring.run(home.path(), {on(plain.dir, list), on(plain.dir, list)});
    INFO(steps[0].out.toStdString());
    REQUIRE(steps[0].exitCode == 0);
    CHECK(steps[0].out.contains(QStringLiteral("sealed now, with its key kept in this computer's keychain")));
    CHECK(steps[0].out.contains(before.out));
    CHECK(steps[1].exitCode == 0);
    CHECK_FALSE(steps[1].out.contains(QStringLiteral("sealed now")));
    CHECK_FALSE(fileBytes(databaseOf(plain.dir)).contains(address.toUtf8()));
    CHECK_FALSE(fileBytes(databaseOf(plain.dir)).contains(introduction));
    // The plain copy made before sealing is gone.
    CHECK_FALSE(QFile::exists(databaseOf(plain.dir) + QStringLiteral(".before-sealing")));

    // Another computer account's keychain (a second HOME) does not have the key: status 3, nothing changed.
    QTemporaryDir otherHome;
    const QByteArray sealedBytes = fileBytes(databaseOf(plain.dir));
    const auto other = keyring.run(otherHome.path(), {on(plain.dir, list)});
    CHECK(other[0].exitCode == 3);
    CHECK(other[0].out.contains(QStringLiteral("not in the keychain")));
    CHECK(fileBytes(databaseOf(plain.dir)) == sealedBytes);
}
