// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CommandTable.h"
#include "Console.h"

#include <QCommandLineParser>

namespace tsunagu::app {
namespace {

QCommandLineOption profileOption()
{
    return {QStringLiteral("profile"), CommandLine::tr("Keep the data in DIR instead of the usual folder."),
            CommandLine::tr("DIR")};
}

QCommandLineOption demoOption()
{
    return {QStringLiteral("demo"),
            CommandLine::tr("Open a demo with fictional data (in a temporary folder, or in the --profile folder "
                            "when it is empty).")};
}

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"), CommandLine::tr("Show Tsunagu in LANG: ja (Japanese) or en (English)."),
            CommandLine::tr("LANG")};
}

QCommandLineOption traceOption()
{
    return {QStringLiteral("trace"),
            CommandLine::tr("Write what is said with the mail servers into FILE, to attach to a bug report. "
                            "Passwords, addresses and mail text are left out."),
            CommandLine::tr("FILE")};
}

QCommandLineOption passphraseFileOption()
{
    return {QStringLiteral("passphrase-file"),
            CommandLine::tr("Read the profile's passphrase from the first line of FILE (also: the environment "
                            "variable TSUNAGU_PASSPHRASE_FILE). A new profile gets this passphrase and its "
                            "applicants' data is sealed with it."),
            CommandLine::tr("FILE")};
}

QString passphraseFile(const QCommandLineParser& parser)
{
    const QString given = parser.value(QStringLiteral("passphrase-file"));
    return given.isEmpty() ? qEnvironmentVariable(s_passphraseFileVariable) : given;
}

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(CommandTable::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(profileOption());
    parser.addOption(demoOption());
    parser.addOption(languageOption());
    parser.addOption(traceOption());
    parser.addOption(passphraseFileOption());
    parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("Command to run instead of the window."),
                                 CommandLine::tr("[command]"));
    // Everything from the command on belongs to the command: `tsunagu --demo rooms list --json`.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

} // namespace

bool CommandLine::wantsWindow(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);
    return parser.parse(arguments) && parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("help")) &&
           !parser.isSet(QStringLiteral("version"));
}

CommandLineOptions CommandLine::peek(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);
    parser.parse(arguments);
    CommandLineOptions options;
    options.profile = parser.value(QStringLiteral("profile"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.language = parser.value(QStringLiteral("lang"));
    options.trace = parser.value(QStringLiteral("trace"));
    options.passphraseFile = passphraseFile(parser);
    options.command = parser.positionalArguments();
    return options;
}

CommandLine::Outcome CommandLine::parse(const QStringList& arguments, CommandLineOptions& options)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments)) {
        Console::error(parser.errorText() + QLatin1Char('\n') + tr("Run tsunagu --help to see what is possible."));
        return Outcome::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return Outcome::ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Console::out(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return Outcome::ExitOk;
    }
    options.profile = parser.value(QStringLiteral("profile"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.language = parser.value(QStringLiteral("lang"));
    options.trace = parser.value(QStringLiteral("trace"));
    options.passphraseFile = passphraseFile(parser);
    options.command = parser.positionalArguments();
    if (!options.language.isEmpty() && options.language != QLatin1String("ja") &&
        options.language != QLatin1String("en")) {
        Console::error(tr("Unknown language \"%1\": use ja or en.").arg(options.language));
        return Outcome::ExitUsage;
    }
    return Outcome::Run;
}

} // namespace tsunagu::app
