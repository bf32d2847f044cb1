// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tsunagu::app {

// The global options that come before a sub-command: tsunagu [options] [command [command options]].
struct CommandLineOptions
{
    QString profile;   // --profile DIR
    bool demo = false; // --demo
    QString language;  // --lang ja|en
    QString trace;     // --trace FILE: the redacted IMAP/SMTP protocol trace goes there
    // --passphrase-file FILE, or the file TSUNAGU_PASSPHRASE_FILE names: the profile's passphrase (its first line).
    QString passphraseFile;
    QStringList command; // the sub-command and everything after it; empty to open the window
};

// The exit status when the profile needs a passphrase and none, or a wrong one, was given (the help says so).
inline constexpr int s_exitPassphrase = 3;

// The environment variable scripts can use instead of --passphrase-file.
inline constexpr const char* s_passphraseFileVariable = "TSUNAGU_PASSPHRASE_FILE";

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome
    {
        Run,
        ExitOk,
        ExitUsage
    };

    // Parses the arguments (argv[0] first). On --help/--version/usage errors, prints and says how to exit.
    static Outcome parse(const QStringList& arguments, CommandLineOptions& options);
    // True when the arguments ask for the window (no command, no --help/--version, no usage error): decides
    // between a windowed and a console application before either exists.
    static bool wantsWindow(const QStringList& arguments);
    // The options as far as they can be read, printing nothing: to choose the language before the real parse.
    static CommandLineOptions peek(const QStringList& arguments);
};

} // namespace tsunagu::app
