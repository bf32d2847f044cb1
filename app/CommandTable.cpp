// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTable.h"

#include "AccountCommand.h"
#include "ApplicantsCommand.h"
#include "AttendanceCommand.h"
#include "AuditCommand.h"
#include "BackupCommand.h"
#include "ContactsCommand.h"
#include "DiagnosticsCommand.h"
#include "HostsCommand.h"
#include "MailCommand.h"
#include "MembersCommand.h"
#include "PassphraseCommand.h"
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
    {"hosts", Session::Use::Everything, false, &HostsCommand::run},
    {"applicants", Session::Use::Everything, false, &ApplicantsCommand::run},
    {"import", Session::Use::Everything, false, &MailCommand::runImport},
    {"mail", Session::Use::Everything, false, &MailCommand::runMail},
    {"account", Session::Use::Everything, false, &AccountCommand::run},
    {"sync", Session::Use::Receiving, true, &SyncCommand::run},
    {"reply", Session::Use::Everything, true, &ReplyCommand::run},
    {"contacts", Session::Use::Everything, false, &ContactsCommand::run},
    {"poster", Session::Use::Everything, false, nullptr, true},
    {"schedule", Session::Use::Everything, false, &ScheduleCommand::run},
    {"attendance", Session::Use::Everything, false, &AttendanceCommand::run},
    {"report", Session::Use::Everything, false, &AttendanceCommand::runReport, false, "--pdf"},
    {"backup", Session::Use::Everything, false, &BackupCommand::runBackup},
    {"restore", Session::Use::Everything, false, nullptr, false, nullptr, &BackupCommand::runRestore},
    {"diagnostics", Session::Use::Everything, false, &DiagnosticsCommand::run},
    {"audit", Session::Use::Everything, false, &AuditCommand::run},
    {"roster", Session::Use::Everything, false, nullptr, true},
    {"members", Session::Use::Everything, false, &MembersCommand::run},
    {"passphrase", Session::Use::Receiving, false, &PassphraseCommand::run},
};

// The help, one line group per usage. Every command in the table has at least one.
constexpr CommandUsage s_usages[] = {
    {"rooms", "rooms list [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "List every room with its schedule, form and reply deadline.")},
    {"rooms", "rooms add CODE --name NAME [options] | rooms set CODE [options] | rooms remove CODE",
     QT_TRANSLATE_NOOP("CommandLine", "Add, change (reply deadline, form address, chat link, pause or resume…) or "
                                      "remove a room (rooms --help for the options).")},
    {"rooms",
     "rooms secret-holders CODE [--json] | rooms set CODE --chat-link URL [--notify-holders | --notify-bcc "
     "[--password-stdin]]",
     QT_TRANSLATE_NOOP("CommandLine", "Who was sent the room's chat link or join details since they last changed; "
                                      "a new link can come with a draft for each of them, or go to all of them at "
                                      "once in one mail in BCC.")},
    {"rooms", "rooms set CODE --retention-days N",
     QT_TRANSLATE_NOOP("CommandLine", "Delete self-introductions and mail texts N days after the applicant's "
                                      "outcome (default 180; 0 keeps them until deleted by hand).")},
    {"rooms", "rooms set CODE --min-minutes N",
     QT_TRANSLATE_NOOP("CommandLine", "A Zoom participant who stayed fewer than N minutes is not counted when the "
                                      "room's participant lists are imported (default 5).")},
    {"hosts", "hosts list [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "List the hosts and the rooms each one answers for.")},
    {"hosts", "hosts add --name NAME [--signature TEXT] [--rooms D,DA] | hosts set NAME [options] | hosts remove NAME",
     QT_TRANSLATE_NOOP("CommandLine", "Add, change or remove a host.")},
    {"applicants", "applicants list [--room CODE] [--status S] [--json [--with-addresses]]",
     QT_TRANSLATE_NOOP("CommandLine", "List applicants with their form fields, status, waiting days and hints; "
                                      "reply addresses only with --with-addresses, which the audit log records.")},
    {"applicants",
     "applicants set ID [--status S] [--room CODE|none] [--note TEXT] [--host NAME] | applicants "
     "unclassify ID",
     QT_TRANSLATE_NOOP("CommandLine", "Change an applicant's status (with a note), room or notes; or put a letter "
                                      "taken as an application back in 未分類.")},
    {"applicants", "applicants delete ID [--also-on-server] [--password-stdin] [--yes]",
     QT_TRANSLATE_NOOP("CommandLine", "Delete every trace of an applicant (texts, mail, replies, referrals); the "
                                      "room, status and dates stay for the counts. --also-on-server deletes the "
                                      "original mails on the mail server too. Recorded in the audit log.")},
    {"import", "import FILE.eml… [--room CODE] [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "Take saved or forwarded mail in, as intake does for the mailbox.")},
    {"mail", "mail inspect FILE.eml [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "Show what Tsunagu understands of a mail, without storing it.")},
    {"mail", "mail bench DIR [--rounds N]",
     QT_TRANSLATE_NOOP("CommandLine", "Measure how fast the mails in DIR are parsed and classified.")},
    {"account", "account add --name NAME --imap imaps://USER@HOST:PORT [--rooms D,DA] [--password-stdin]",
     QT_TRANSLATE_NOOP("CommandLine", "Add a mail account that applications arrive in (account add --help for more).")},
    {"account", "account add … --oauth microsoft|google|custom, then account sign-in NAME [--no-browser]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Sign in with Microsoft (Outlook.com), Google or another provider instead of a password.")},
    {"account", "account list [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "List the mail accounts and the rooms that receive on each.")},
    {"account", "account remove NAME",
     QT_TRANSLATE_NOOP("CommandLine", "Remove a mail account and its saved password.")},
    {"sync", "sync [--account NAME] [--password-stdin] [--fetch-only] [--json]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Receive new mail from the accounts' mailboxes (never marks, moves or deletes anything there); "
                       "--fetch-only downloads now and reads later.")},
    {"reply", "reply --applicant ID --action invite|hold|refer|decline|reminder (--send | --draft | --print)",
     QT_TRANSLATE_NOOP("CommandLine", "Answer an applicant from the room's template (reply --help for more).")},
    {"reply", "reply --applicant ID --action invite --ics (--send | --draft | --print)",
     QT_TRANSLATE_NOOP("CommandLine", "An invitation with the room's next meetings attached as meetings.ics for the "
                                      "applicant's calendar (join details in it only as the message gives them).")},
    {"contacts", "contacts list [--json] [--kind K] [--region R] [--room CODE] [--stale] [--no-poster]",
     QT_TRANSLATE_NOOP("CommandLine", "List the referral directory, with posters delivered and applicants referred.")},
    {"contacts", "contacts import FILE.csv | contacts export --csv FILE | contacts vcard ID [--out FILE]",
     QT_TRANSLATE_NOOP("CommandLine", "Bring in a spreadsheet of contacts (UTF-8 or Shift_JIS), write one for "
                                      "Excel, or one contact as a vCard.")},
    {"poster", "poster --rooms D,N,G|all [--size A4|A3] [--contact ID] [--tear-off] --pdf FILE",
     QT_TRANSLATE_NOOP("CommandLine", "Write a poster about the rooms with a QR code to each application form.")},
    {"schedule", "schedule list [--room CODE] [--from DATE] [--count N] [--json]",
     QT_TRANSLATE_NOOP("CommandLine",
                       "List the coming meetings (Japan time, with the offset), cancelled and moved ones marked.")},
    {"schedule", "schedule ics --room CODE [--out FILE]",
     QT_TRANSLATE_NOOP("CommandLine", "Write a room's meetings as an iCalendar file for calendar apps.")},
    {"attendance", "attendance import FILE.csv --room CODE --date DATE [--json] [--dry-run] [--replace]",
     QT_TRANSLATE_NOOP("CommandLine", "Count a meeting's participants from a Zoom participant list (attendance "
                                      "--help for more).")},
    {"attendance", "attendance record --room CODE --date DATE --persons N [--families N] [--supporters N] …",
     QT_TRANSLATE_NOOP("CommandLine", "Record a meeting's attendance counts typed in.")},
    {"report", "report --room CODE|all --from DATE --to DATE [--json | --csv FILE | --pdf FILE]",
     QT_TRANSLATE_NOOP("CommandLine", "Meetings held, attendance and shares by category over a period; CSV opens "
                                      "in Excel, the PDF has tables and a chart for paper.")},
    {"roster", "roster --room CODE [--date DATE] (--pdf FILE | --csv FILE)",
     QT_TRANSLATE_NOOP("CommandLine", "A meeting's roster to tick off: the room's members by anonymous name (the "
                                      "next meeting unless --date names the day).")},
    {"members", "members list [--room CODE] [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "List the members of the rooms' rosters by anonymous name.")},
    {"members",
     "members add --room CODE --name NAME [--category C] [--joined DATE] [--from-applicant ID] | members set ID "
     "[--name NAME] [--category C] [--status S] [--room CODE] | members remove ID [--yes]",
     QT_TRANSLATE_NOOP("CommandLine", "Add a member (an invited applicant with --from-applicant), change one, or "
                                      "remove one; attendance already counted stays counted.")},
    {"backup", "backup FILE [--passphrase-file FILE]",
     QT_TRANSLATE_NOOP("CommandLine", "Write the whole profile to one file, encrypted with a passphrase.")},
    {"restore", "restore FILE [--passphrase-file FILE] [--replace]",
     QT_TRANSLATE_NOOP("CommandLine", "Restore a backup into a new profile (--replace: over this one's data, kept "
                                      "until the restore has succeeded).")},
    {"diagnostics", "diagnostics FILE|-",
     QT_TRANSLATE_NOOP("CommandLine", "Write versions, counts, settings and recent log lines for a bug report, "
                                      "without personal data.")},
    {"audit", "audit list [--since DATE] [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "What was done when, by which host, to which record: exports with addresses, "
                                      "deletions, replies that carried meeting details. Ids only, no personal "
                                      "data.")},
    {"passphrase", "passphrase set|change --new-passphrase-file FILE | passphrase remove | passphrase status [--json]",
     QT_TRANSLATE_NOOP("CommandLine", "The applicants' data is sealed with a key kept in the computer's keychain. "
                                      "set: require a passphrase instead (the keychain's copy is removed, so nothing "
                                      "else opens the data); change: a new one (only the key is wrapped again); "
                                      "remove: back to the keychain; status: which of the two holds the key. A "
                                      "profile with a passphrase opens only with --passphrase-file FILE; when it is "
                                      "missing or wrong, when no keychain works for a new profile, or when the "
                                      "keychain lacks the key, tsunagu exits with status 3.")},
};

constexpr bool sameName(const char* a, const char* b)
{
    while (*a != '\0' && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

constexpr bool helpListsEveryCommand()
{
    for (const Command& command : s_commands) {
        bool listed = false;
        for (const CommandUsage& usage : s_usages)
            listed = listed || sameName(usage.command, command.name);
        if (!listed)
            return false;
    }
    return true;
}

// A command added to the table must be described in the help too.
static_assert(helpListsEveryCommand(), "every command in the table needs its usage in s_usages");

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
    QString text = QCoreApplication::translate("CommandLine", "Tsunagu: intake, meetings and referrals for the hosts "
                                                              "of online peer-support rooms.");
    text += QLatin1String("\n\n") + QCoreApplication::translate("CommandLine", "Commands:");
    for (const CommandUsage& usage : s_usages) {
        text += QLatin1String("\n  ") + QString::fromUtf8(usage.usage);
        text += QLatin1String("\n      ") + QCoreApplication::translate("CommandLine", usage.summary);
    }
    return text;
}

bool CommandTable::drawsCommand(const QStringList& commandArguments)
{
    if (commandArguments.isEmpty())
        return false;
    const Command* command = find(commandArguments.first());
    return command && draws(*command, commandArguments);
}

bool CommandTable::draws(const Command& command, const QStringList& commandArguments)
{
    if (command.draws)
        return true;
    if (!command.drawsWith)
        return false;
    const QString option = QLatin1String(command.drawsWith);
    for (const QString& argument : commandArguments) {
        if (argument == option || argument.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

} // namespace tsunagu::app
