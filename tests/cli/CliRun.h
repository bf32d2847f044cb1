// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real executables from the CLI tests: the exit code and both outputs, in an English system locale,
// with a private temporary folder and no keychain (a D-Bus address that cannot exist).
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tsunagu::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    bool shows(const QString& text) const { return out.contains(text) || err.contains(text); }
};

// C.UTF-8, the offscreen platform, TMPDIR (when given), no session bus, and the cheapest passphrase key derivation.
QProcessEnvironment cliEnvironment(const QString& tmp = {});

// Runs a program to its end with `input` on standard input; REQUIREs that it started and ended normally.
Run runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
               const QByteArray& input = {});

// A demo profile in a temporary folder, and `tsunagu --profile DIR …` on it.
struct CliProfile
{
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("profile"));

    CliProfile();
    Run run(const QStringList& arguments, const QByteArray& input = {}) const;
};

} // namespace tsunagu::test
