// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

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

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        CommandLine::tr("Tsunagu: intake, meetings and referrals for the hosts of online peer-support rooms.\n\n"
                        "Commands:\n"
                        "  rooms list [--json]\n"
                        "      List every room with its schedule, form and reply deadline.\n"
                        "  applicants list [--room CODE] [--status S] [--json]\n"
                        "      List applicants with their form fields, status, waiting days and hints.\n"
                        "  import FILE.eml… [--room CODE] [--json]\n"
                        "      Take saved or forwarded mail in, as intake does for the mailbox.\n"
                        "  mail inspect FILE.eml [--json]\n"
                        "      Show what Tsunagu understands of a mail, without storing it.\n"
                        "  mail bench DIR [--rounds N]\n"
                        "      Measure how fast the mails in DIR are parsed and classified.\n"
                        "  account add --name NAME --imap imaps://USER@HOST:PORT [--rooms D,DA] [--password-stdin]\n"
                        "      Add a mail account that applications arrive in (account add --help for more).\n"
                        "  account list [--json]\n"
                        "      List the mail accounts and the rooms that receive on each.\n"
                        "  account remove NAME\n"
                        "      Remove a mail account and its saved password.\n"
                        "  sync [--account NAME] [--password-stdin] [--fetch-only] [--json]\n"
                        "      Receive new mail from the accounts' mailboxes (never marks, moves or deletes "
                        "anything there); --fetch-only downloads now and reads later.\n"
                        "  reply --applicant ID --action invite|hold|refer|decline|reminder (--send | --draft | "
                        "--print)\n"
                        "      Answer an applicant from the room's template (reply --help for more)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(profileOption());
    parser.addOption(demoOption());
    parser.addOption(languageOption());
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

bool CommandLine::connects(const QStringList& arguments)
{
    const QStringList command = peek(arguments).command;
    return !command.isEmpty() &&
           (command.first() == QLatin1String("sync") || command.first() == QLatin1String("reply"));
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
    options.command = parser.positionalArguments();
    if (!options.language.isEmpty() && options.language != QLatin1String("ja") &&
        options.language != QLatin1String("en")) {
        Console::error(tr("Unknown language \"%1\": use ja or en.").arg(options.language));
        return Outcome::ExitUsage;
    }
    return Outcome::Run;
}

} // namespace tsunagu::app
