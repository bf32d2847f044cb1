// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace tsunagu::test {

QProcessEnvironment cliEnvironment(const QString& tmp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!tmp.isEmpty())
        env.insert(QStringLiteral("TMPDIR"), tmp);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tsunagu-cli-bus"));
    // A sealed profile's passphrase costs half a second of Argon2id per command; the tests that use one run many
    // commands, so they ask for libsodium's minimum cost. Only this variable lowers it (core/privacy/KeyFile.h).
    env.insert(QStringLiteral("TSUNAGU_TEST_WEAK_KDF"), QStringLiteral("1"));
    // Without a keychain a new profile is refused unless it has a passphrase; the suites make hundreds of
    // profiles, so they keep them plain where no keychain works (app/Session.h). Tests of the keychain unset it.
    env.insert(QStringLiteral("TSUNAGU_TEST_PLAIN_PROFILES"), QStringLiteral("1"));
    return env;
}

Run runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
               const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(30000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CliProfile::CliProfile()
{
    REQUIRE(tmp.isValid());
    REQUIRE(run({QStringLiteral("--demo"), QStringLiteral("rooms"), QStringLiteral("list")}).exitCode == 0);
}

Run CliProfile::run(const QStringList& arguments, const QByteArray& input) const
{
    return runProcess(QStringLiteral(TSUNAGU_EXECUTABLE), QStringList{QStringLiteral("--profile"), dir} + arguments,
                      cliEnvironment(tmp.path()), input);
}

} // namespace tsunagu::test
