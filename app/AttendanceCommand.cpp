// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceCommand.h"

#include "Console.h"
#include "Session.h"
#include "attendance/AttendanceImporter.h"
#include "attendance/AttendanceReport.h"
#include "common/Csv.h"
#include "storage/AttendanceRepository.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace tsunagu::app {
namespace {

// A participant list is a few hundred kilobytes; anything far larger was chosen by mistake.
constexpr qint64 s_maxCsvBytes = 32 * 1024 * 1024;

int storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
    return 1;
}

bool roomByCode(Session& session, const QString& code, Room* room, int* exitCode)
{
    auto found = session.rooms().byCode(code);
    if (found) {
        *room = found.value();
        return true;
    }
    if (found.error().code == StoreError::NotFound) {
        Console::error(AttendanceCommand::tr("There is no room with the code %1.").arg(code));
        *exitCode = 2;
    } else {
        *exitCode = storeError(session, found.error());
    }
    return false;
}

bool dateOption(const QCommandLineParser& parser, const QString& name, QDate* date)
{
    *date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (date->isValid())
        return true;
    Console::error(AttendanceCommand::tr("--%1 needs a date such as 2026-12-01.").arg(name));
    return false;
}

QString csvErrorText(const QString& detail)
{
    return AttendanceCommand::tr("This file is not a Zoom participant list Tsunagu can read (%1). Export it again "
                                 "from Zoom: Reports → Usage → Participants → Export.")
        .arg(detail);
}

int importError(const Error<ImportError>& error, const QDate& date)
{
    switch (error.code) {
    case ImportError::Csv:
        Console::error(csvErrorText(error.detail));
        return 1;
    case ImportError::NoMeeting:
        Console::error(AttendanceCommand::tr("The room has no meeting on %1 (or it was cancelled). Nothing was saved.")
                           .arg(date.toString(Qt::ISODate)));
        return 1;
    case ImportError::OtherDate:
        Console::error(AttendanceCommand::tr("This list is from the meeting of %1, not of %2. Nothing was saved.")
                           .arg(error.detail, date.toString(Qt::ISODate)));
        return 1;
    case ImportError::AlreadyRecorded:
        Console::error(AttendanceCommand::tr("Attendance for the meeting of %1 is already recorded. Nothing was "
                                             "saved; add --replace to overwrite it.")
                           .arg(date.toString(Qt::ISODate)));
        return 1;
    case ImportError::Store:
        Console::error(AttendanceCommand::tr("The attendance could not be saved: %1").arg(error.detail));
        return 1;
    }
    return 1;
}

int runImport(Session& session, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(QStringLiteral("room")) || !parser.isSet(QStringLiteral("date"))) {
        Console::error(AttendanceCommand::tr("Usage: tsunagu attendance import FILE.csv --room CODE --date DATE "
                                             "[--min-minutes N] [--host-name NAME] [--replace] [--dry-run] [--json]"));
        return 2;
    }
    Room room;
    int exitCode = 0;
    if (!roomByCode(session, parser.value(QStringLiteral("room")), &room, &exitCode))
        return exitCode;
    QDate date;
    if (!dateOption(parser, QStringLiteral("date"), &date))
        return 2;
    ZoomImportOptions options;
    // The room's own minimum, unless this import says otherwise.
    options.minimumMinutes = room.minimumMinutes;
    if (parser.isSet(QStringLiteral("min-minutes"))) {
        bool ok = false;
        options.minimumMinutes = parser.value(QStringLiteral("min-minutes")).toInt(&ok);
        if (!ok || options.minimumMinutes < 0 || options.minimumMinutes > 600) {
            Console::error(AttendanceCommand::tr("--min-minutes needs a number of minutes from 0 to 600."));
            return 2;
        }
    }
    options.hostNames = parser.values(QStringLiteral("host-name"));

    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        Console::error(AttendanceCommand::tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
        return 1;
    }
    if (file.size() > s_maxCsvBytes) {
        Console::error(csvErrorText(AttendanceCommand::tr("the file is larger than 32 MB")));
        return 1;
    }
    AttendanceImporter importer(session.profile().database());
    auto preview = importer.preview(file.readAll(), room.id, date, options);
    if (!preview)
        return importError(preview.error(), date);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    bool saved = false;
    if (!dryRun) {
        auto stored = importer.save(preview.value(), session.clock().now(), parser.isSet(QStringLiteral("replace")));
        if (!stored)
            return importError(stored.error(), date);
        saved = true;
    }
    int hosts = 0;
    int tooShort = 0;
    for (const ZoomLeftOut& out : preview->list.leftOut)
        (out.reason == ZoomLeftOut::Reason::Host ? hosts : tooShort) += 1;
    int matched = 0;
    for (const ImportedPerson& p : preview->people)
        matched += p.memberId != 0 ? 1 : 0;
    const Attendance& c = preview->counts;
    if (parser.isSet(QStringLiteral("json"))) {
        // Counts only: the names and addresses in the list stay out of the output.
        const QJsonObject out{
            {QStringLiteral("room"), room.code},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("meetingStart"), preview->meeting.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
            {QStringLiteral("layout"), preview->list.layout},
            {QStringLiteral("encoding"), preview->list.encoding},
            {QStringLiteral("rowsRead"), preview->list.rowsRead},
            {QStringLiteral("participants"), preview->people.size()},
            {QStringLiteral("leftOutHost"), hosts},
            {QStringLiteral("leftOutShort"), tooShort},
            {QStringLiteral("matchedMembers"), matched},
            {QStringLiteral("persons"), c.persons},
            {QStringLiteral("families"), c.families},
            {QStringLiteral("supporters"), c.supporters},
            {QStringLiteral("others"), c.others},
            {QStringLiteral("saved"), saved},
        };
        Console::out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return 0;
    }
    Console::out(AttendanceCommand::tr("%1 %2: %n participant(s) counted", nullptr, int(preview->people.size()))
                     .arg(room.code, preview->meeting.start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    Console::out(AttendanceCommand::tr("Persons %1, families %2, supporters %3, others %4; %5 matched to members; "
                                       "left out: %6 host, %7 under the minimum.")
                     .arg(c.persons)
                     .arg(c.families)
                     .arg(c.supporters)
                     .arg(c.others)
                     .arg(matched)
                     .arg(hosts)
                     .arg(tooShort));
    Console::out(saved ? AttendanceCommand::tr("Saved.") : AttendanceCommand::tr("Not saved (--dry-run)."));
    return 0;
}

int runRecord(Session& session, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("room")) || !parser.isSet(QStringLiteral("date"))) {
        Console::error(AttendanceCommand::tr("Usage: tsunagu attendance record --room CODE --date DATE [--persons N] "
                                             "[--families N] [--supporters N] [--others N] [--first-timers N] "
                                             "[--replace]"));
        return 2;
    }
    Room room;
    int exitCode = 0;
    if (!roomByCode(session, parser.value(QStringLiteral("room")), &room, &exitCode))
        return exitCode;
    QDate date;
    if (!dateOption(parser, QStringLiteral("date"), &date))
        return 2;
    Attendance counts;
    const std::pair<const char*, int*> fields[] = {{"persons", &counts.persons},
                                                   {"families", &counts.families},
                                                   {"supporters", &counts.supporters},
                                                   {"others", &counts.others},
                                                   {"first-timers", &counts.firstTimers}};
    for (const auto& [name, value] : fields) {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value < 0 || *value > 100000) {
            Console::error(AttendanceCommand::tr("--%1 needs a number from 0 to 100000.").arg(option));
            return 2;
        }
    }
    if (counts.firstTimers > counts.total()) {
        Console::error(AttendanceCommand::tr("There cannot be more first-timers than participants."));
        return 2;
    }
    AttendanceImporter importer(session.profile().database());
    auto meeting = importer.meetingOn(room.id, date, {});
    if (!meeting)
        return importError(meeting.error(), date);
    ImportPreview entry;
    entry.roomId = room.id;
    entry.date = date;
    entry.meeting = meeting.value();
    entry.counts = counts;
    if (meeting->occurrenceId != 0) {
        auto recorded = AttendanceRepository(session.profile().database()).hasAttendance(meeting->occurrenceId);
        if (!recorded)
            return storeError(session, recorded.error());
        entry.alreadyRecorded = recorded.value();
    }
    auto saved = importer.save(entry, session.clock().now(), parser.isSet(QStringLiteral("replace")));
    if (!saved)
        return importError(saved.error(), date);
    Console::out(AttendanceCommand::tr("%1 %2: %3 participants recorded.")
                     .arg(room.code, meeting->start.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(counts.total()));
    return 0;
}

QString percent(int permille)
{
    return QStringLiteral("%1.%2").arg(permille / 10).arg(permille % 10);
}

} // namespace

int AttendanceCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("room"), tr("The room the meeting belongs to."), tr("CODE")});
    parser.addOption({QStringLiteral("date"), tr("The date of the meeting (YYYY-MM-DD, Japan time)."), tr("DATE")});
    parser.addOption({QStringLiteral("min-minutes"),
                      tr("Leave out people who stayed fewer minutes (by default the room's minimum, see rooms set "
                         "--min-minutes)."),
                      tr("N")});
    parser.addOption(
        {QStringLiteral("host-name"), tr("A name the host joins under, left out (may be repeated)."), tr("NAME")});
    parser.addOption({QStringLiteral("replace"), tr("Overwrite attendance already recorded for that meeting.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Show what would be counted without saving anything.")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    for (const char* name : {"persons", "families", "supporters", "others", "first-timers"})
        parser.addOption({QLatin1String(name), tr("How many came in this category."), tr("N")});
    parser.addPositionalArgument(QStringLiteral("import|record"),
                                 tr("Import a Zoom participant list, or record counts typed in."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("import"))
        return runImport(session, parser);
    if (action == QLatin1String("record") && parser.positionalArguments().size() == 1)
        return runRecord(session, parser);
    Console::error(tr("Usage: tsunagu attendance import FILE.csv --room CODE --date DATE [--json]\n"
                      "       tsunagu attendance record --room CODE --date DATE --persons N …"));
    return 2;
}

int AttendanceCommand::runReport(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("room"), tr("The room (CODE), or all."), tr("CODE")});
    parser.addOption({QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("csv"), tr("Write the report as CSV for Excel to FILE."), tr("FILE")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")) ||
        !parser.positionalArguments().isEmpty()) {
        Console::error(tr("Usage: tsunagu report --room CODE|all --from DATE --to DATE [--json | --csv FILE]"));
        return 2;
    }
    QDate from;
    QDate to;
    if (!dateOption(parser, QStringLiteral("from"), &from) || !dateOption(parser, QStringLiteral("to"), &to))
        return 2;
    if (to < from) {
        Console::error(tr("--to is before --from."));
        return 2;
    }
    const QString code = parser.value(QStringLiteral("room"));
    Room room;
    if (!code.isEmpty() && code != QLatin1String("all")) {
        int exitCode = 0;
        if (!roomByCode(session, code, &room, &exitCode))
            return exitCode;
    }
    // The meeting-by-meeting list is only written to the CSV.
    const int meetingRows = parser.isSet(QStringLiteral("csv")) ? 1000000 : 0;
    auto report =
        AttendanceReportBuilder(session.profile().database()).build(room.id, room.code, from, to, meetingRows);
    if (!report)
        return storeError(session, report.error());
    const AttendanceReport& r = report.value();
    const QString average = QString::number(r.averagePerMeeting, 'f', 1);
    const QString medianHours =
        r.medianFirstReplySeconds < 0 ? QString() : QString::number(r.medianFirstReplySeconds / 3600.0, 'f', 1);

    if (parser.isSet(QStringLiteral("csv"))) {
        QSaveFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly)) {
            Console::error(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        CsvWriter csv(file);
        // Counts only, in the host's language for the headers a spreadsheet shows.
        csv.writeRow({tr("Room"), tr("From"), tr("To"), tr("Meetings held"), tr("Total attendance"),
                      tr("Average per meeting"), tr("Persons"), tr("Families"), tr("Supporters/visitors"),
                      tr("Others/unclassified"), tr("Persons %"), tr("Families %"), tr("Supporters/visitors %"),
                      tr("Others/unclassified %"), tr("First-timers"), tr("Members joined"),
                      tr("Median first reply (hours)")});
        csv.writeRow({r.roomCode.isEmpty() ? tr("All rooms") : r.roomCode, r.from.toString(Qt::ISODate),
                      r.to.toString(Qt::ISODate), QString::number(r.totals.meetingsHeld),
                      QString::number(r.totals.total()), average, QString::number(r.totals.persons),
                      QString::number(r.totals.families), QString::number(r.totals.supporters),
                      QString::number(r.totals.others), percent(r.sharesPermille[0]), percent(r.sharesPermille[1]),
                      percent(r.sharesPermille[2]), percent(r.sharesPermille[3]), QString::number(r.totals.firstTimers),
                      QString::number(r.membersJoined), medianHours});
        csv.writeRow({});
        csv.writeRow({tr("Meeting"), tr("Room"), tr("Participants")});
        for (const MeetingAttendance& m : r.meetings)
            csv.writeRow({m.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.roomCode, QString::number(m.total)});
        if (!csv.ok() || !file.commit()) {
            Console::error(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        return 0;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sources;
        for (const auto& s : r.referralSources)
            sources.append(QJsonObject{{QStringLiteral("source"), s.first}, {QStringLiteral("applicants"), s.second}});
        const QJsonObject out{
            {QStringLiteral("room"), r.roomCode.isEmpty() ? QStringLiteral("all") : r.roomCode},
            {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
            {QStringLiteral("meetingsHeld"), r.totals.meetingsHeld},
            {QStringLiteral("totalAttendance"), r.totals.total()},
            {QStringLiteral("averagePerMeeting"), average.toDouble()},
            {QStringLiteral("persons"), r.totals.persons},
            {QStringLiteral("families"), r.totals.families},
            {QStringLiteral("supporters"), r.totals.supporters},
            {QStringLiteral("others"), r.totals.others},
            {QStringLiteral("sharesPercent"), QJsonObject{{QStringLiteral("persons"), r.sharesPermille[0] / 10.0},
                                                          {QStringLiteral("families"), r.sharesPermille[1] / 10.0},
                                                          {QStringLiteral("supporters"), r.sharesPermille[2] / 10.0},
                                                          {QStringLiteral("others"), r.sharesPermille[3] / 10.0}}},
            {QStringLiteral("firstTimers"), r.totals.firstTimers},
            {QStringLiteral("membersJoined"), r.membersJoined},
            {QStringLiteral("referralSources"), sources},
            {QStringLiteral("medianFirstReplyHours"),
             medianHours.isEmpty() ? QJsonValue() : QJsonValue(medianHours.toDouble())},
        };
        Console::out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return 0;
    }
    Console::out(tr("%1, %2 to %3: %4 meetings, %5 attended in total, about %6 per meeting; persons %7 %, families "
                    "%8 %, supporters/visitors %9 %, others %10 %.")
                     .arg(r.roomCode.isEmpty() ? tr("All rooms") : r.roomCode, r.from.toString(Qt::ISODate),
                          r.to.toString(Qt::ISODate))
                     .arg(r.totals.meetingsHeld)
                     .arg(r.totals.total())
                     .arg(average, percent(r.sharesPermille[0]), percent(r.sharesPermille[1]),
                          percent(r.sharesPermille[2]), percent(r.sharesPermille[3])));
    return 0;
}

} // namespace tsunagu::app
