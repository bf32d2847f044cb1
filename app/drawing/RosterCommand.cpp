// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawing/RosterCommand.h"

#include "Console.h"
#include "Session.h"
#include "attendance/MeetingRoster.h"
#include "documents/RosterDocument.h"
#include "text/DocumentText.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace tsunagu::app {

int RosterCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("room"), tr("The room whose members are listed."), tr("CODE")});
    parser.addOption(
        {QStringLiteral("date"), tr("The meeting's day (YYYY-MM-DD); the next meeting by default."), tr("DATE")});
    parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("csv"), tr("The CSV file for Excel to write."), tr("FILE")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const bool pdf = parser.isSet(QStringLiteral("pdf"));
    const bool csv = parser.isSet(QStringLiteral("csv"));
    if (!parser.isSet(QStringLiteral("room")) || pdf == csv || !parser.positionalArguments().isEmpty()) {
        Console::error(tr("Usage: tsunagu roster --room CODE [--date DATE] (--pdf FILE | --csv FILE)"));
        return 2;
    }
    QDate date;
    if (parser.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid()) {
            Console::error(tr("--date needs a date such as 2026-12-01."));
            return 2;
        }
    }
    const QString code = parser.value(QStringLiteral("room"));
    auto room = session.rooms().byCode(code);
    if (!room) {
        if (room.error().code == StoreError::NotFound) {
            Console::error(tr("There is no room with the code %1.").arg(code));
            return 2;
        }
        Console::error(ErrorText::title(room.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(room.error().code, session.profile().directory()));
        return 1;
    }
    const QDateTime now = session.clock().now();
    auto roster = MeetingRosterBuilder(session.profile().database()).build(room.value(), date, now);
    if (!roster) {
        if (roster.error().code == RosterError::NoMeeting) {
            Console::error(tr("Room %1 has no coming meeting; name the day with --date.").arg(code));
            return 1;
        }
        Console::error(tr("The roster could not be read: %1").arg(roster.error().detail));
        return 1;
    }
    const QString path = parser.value(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QDate issued = now.toTimeZone(QTimeZone("Asia/Tokyo")).date();
    const DocumentResult written =
        pdf ? RosterDocument::writePdf(path, roster.value(), issued) : RosterDocument::writeCsv(path, roster.value());
    if (!written) {
        Console::error(DocumentText::failure(written.error().code, path, written.error().detail));
        return 1;
    }
    Console::out(tr("Wrote the roster of %n member(s) for %1 to %2.", nullptr, int(roster->members.size()))
                     .arg(RosterDocument::meetingLine(roster.value()), path));
    return 0;
}

} // namespace tsunagu::app
