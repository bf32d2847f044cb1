// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTable.h"

#include "AccountCommand.h"
#include "ApplicantsCommand.h"
#include "MailCommand.h"
#include "ReplyCommand.h"
#include "RoomsCommand.h"
#include "ScheduleCommand.h"
#include "SyncCommand.h"

#include <QCoreApplication>

namespace tsunagu::app {
namespace {

// Receiving (sync) leaves the replies alone; sync and reply talk to mail servers.
constexpr Command s_commands[] = {
    {"rooms", Session::Use::Everything, false, &RoomsCommand::run},
    {"applicants", Session::Use::Everything, false, &ApplicantsCommand::run},
    {"import", Session::Use::Everything, false, &MailCommand::runImport},
    {"mail", Session::Use::Everything, false, &MailCommand::runMail},
    {"account", Session::Use::Everything, false, &AccountCommand::run},
    {"sync", Session::Use::Receiving, true, &SyncCommand::run},
    {"reply", Session::Use::Everything, true, &ReplyCommand::run},
    {"schedule", Session::Use::Everything, false, &ScheduleCommand::run},
};

// One text, so that it is translated as a whole (in the context of the CommandLine class that shows it).
constexpr const char* s_help = QT_TRANSLATE_NOOP(
    "CommandLine", "Tsunagu: intake, meetings and referrals for the hosts of online peer-support rooms.\n\n"
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
                   "      Answer an applicant from the room's template (reply --help for more).\n"
                   "  schedule list [--room CODE] [--from DATE] [--count N] [--json]\n"
                   "      List the coming meetings (Japan time, with the offset), cancelled and moved ones marked.\n"
                   "  schedule ics --room CODE [--out FILE]\n"
                   "      Write a room's meetings as an iCalendar file for calendar apps.");

// True when the help has a usage line for the command: two spaces, its name and a space at the start of a line.
constexpr bool listsCommand(const char* help, const char* name)
{
    for (const char* line = help; *line != '\0'; ++line) {
        if (line[0] != '\n' || line[1] != ' ' || line[2] != ' ')
            continue;
        const char* text = line + 3;
        const char* word = name;
        while (*word != '\0' && *text == *word) {
            ++text;
            ++word;
        }
        if (*word == '\0' && *text == ' ')
            return true;
    }
    return false;
}

constexpr bool helpListsEveryCommand()
{
    for (const Command& command : s_commands) {
        if (!listsCommand(s_help, command.name))
            return false;
    }
    return true;
}

// The help stays one translated text, so a command added to the table must be described there too.
static_assert(helpListsEveryCommand(), "every command in the table needs its usage in the help text");

} // namespace

const Command* CommandTable::find(const QString& name)
{
    for (const Command& command : s_commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString CommandTable::helpText()
{
    return QCoreApplication::translate("CommandLine", s_help);
}

} // namespace tsunagu::app
