// SPDX-License-Identifier: GPL-3.0-or-later
// --passphrase-file and TSUNAGU_PASSPHRASE_FILE on every command, the passphrase command, and the exit status 3
// when the passphrase is missing or wrong.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

Run tsunagu(const QTemporaryDir& tmp, const QStringList& arguments, const QProcessEnvironment& env)
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

    Run created = tsunagu(tmp,
                          {QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), right,
                           QStringLiteral("--demo"), QStringLiteral("applicants"), QStringLiteral("list"),
                           QStringLiteral("--json")},
                          env);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("example")));
    CHECK(QFile::exists(QDir(profile).filePath(QStringLiteral("tsunagu.key"))));

    Run none =
        tsunagu(tmp, {QStringLiteral("--profile"), profile, QStringLiteral("rooms"), QStringLiteral("list")}, env);
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(QStringLiteral("passphrase")));

    Run bad = tsunagu(tmp,
                      {QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), wrong,
                       QStringLiteral("rooms"), QStringLiteral("list")},
                      env);
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(QStringLiteral("The passphrase is not right")));

    // The same through the environment, for scripts.
    QProcessEnvironment scripted = env;
    scripted.insert(QStringLiteral("TSUNAGU_PASSPHRASE_FILE"), right);
    Run viaEnv = tsunagu(tmp,
                         {QStringLiteral("--profile"), profile, QStringLiteral("applicants"), QStringLiteral("list"),
                          QStringLiteral("--json")},
                         scripted);
    CHECK(viaEnv.exitCode == 0);
    CHECK(viaEnv.out == created.out);

    Run status = tsunagu(tmp,
                         {QStringLiteral("--profile"), profile, QStringLiteral("passphrase"), QStringLiteral("status"),
                          QStringLiteral("--json")},
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
    REQUIRE(
        tsunagu(tmp, on + QStringList{QStringLiteral("--demo"), QStringLiteral("rooms"), QStringLiteral("list")}, env)
            .exitCode == 0);
    const Run plainList = tsunagu(
        tmp, on + QStringList{QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")}, env);
    REQUIRE(plainList.exitCode == 0);
    QFile database(QDir(profile).filePath(QStringLiteral("tsunagu.sqlite")));
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK(database.readAll().contains("@example"));
    database.close();

    Run set = tsunagu(tmp,
                      on + QStringList{QStringLiteral("passphrase"), QStringLiteral("set"),
                                       QStringLiteral("--new-passphrase-file"), first},
                      env);
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("sealed")));
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK_FALSE(database.readAll().contains("@example"));
    database.close();
    CHECK(tsunagu(tmp, on + QStringList{QStringLiteral("rooms"), QStringLiteral("list")}, env).exitCode == 3);

    const QStringList withFirst = on + QStringList{QStringLiteral("--passphrase-file"), first};
    Run change = tsunagu(tmp,
                         withFirst + QStringList{QStringLiteral("passphrase"), QStringLiteral("change"),
                                                 QStringLiteral("--new-passphrase-file"), second},
                         env);
    REQUIRE(change.exitCode == 0);
    CHECK(tsunagu(tmp, withFirst + QStringList{QStringLiteral("rooms"), QStringLiteral("list")}, env).exitCode == 3);
    Run sealedList = tsunagu(tmp,
                             on + QStringList{QStringLiteral("--passphrase-file"), second, QStringLiteral("applicants"),
                                              QStringLiteral("list"), QStringLiteral("--json")},
                             env);
    REQUIRE(sealedList.exitCode == 0);
    // The same applicants, read through the seal.
    CHECK(sealedList.out == plainList.out);

    Run remove = tsunagu(tmp,
                         on + QStringList{QStringLiteral("--passphrase-file"), second, QStringLiteral("passphrase"),
                                          QStringLiteral("remove")},
                         env);
    CHECK(remove.exitCode == 1);
    CHECK(remove.err.contains(QStringLiteral("cannot be removed")));
}
