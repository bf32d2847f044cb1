// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommand.h"

#include "Console.h"
#include "Session.h"
#include "schedule/IcsWriter.h"
#include "schedule/OccurrencePlanner.h"
#include "schedule/ScheduleText.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

namespace tsunagu::app {
namespace {

// How far ahead `schedule list` looks for N meetings: two years covers a room that meets every two months.
constexpr int s_horizonDays = 2 * 366;

int storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
    return 1;
}

// ISO 8601 local time with its offset: 2026-12-10T19:00+09:00.
QString isoLocal(const QDateTime& at)
{
    const int offset = at.offsetFromUtc();
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(offset) / 60;
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + sign +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

struct Selection
{
    QVector<MeetingSeries> series;
    QHash<qint64, QString> roomCodes;
};

// The series of one room (by code) or of every room; false with the message printed when the room is unknown.
bool selectSeries(Session& session, const QString& code, Selection* out, int* exitCode)
{
    auto rooms = session.rooms().all();
    if (!rooms) {
        *exitCode = storeError(session, rooms.error());
        return false;
    }
    qint64 roomId = 0;
    for (const Room& room : rooms.value()) {
        out->roomCodes.insert(room.id, room.code);
        if (room.code == code)
            roomId = room.id;
    }
    if (!code.isEmpty() && roomId == 0) {
        Console::error(ScheduleCommand::tr("There is no room with the code %1.").arg(code));
        *exitCode = 2;
        return false;
    }
    auto series = roomId != 0 ? session.meetings().seriesForRoom(roomId) : session.meetings().allSeries();
    if (!series) {
        *exitCode = storeError(session, series.error());
        return false;
    }
    out->series = series.value();
    return true;
}

int list(Session& session, const QCommandLineParser& parser)
{
    Selection selection;
    int exitCode = 0;
    if (!selectSeries(session, parser.value(QStringLiteral("room")), &selection, &exitCode))
        return exitCode;
    const QTimeZone japan("Asia/Tokyo");
    QDateTime from = session.clock().now().toTimeZone(japan);
    if (parser.isSet(QStringLiteral("from"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        if (!day.isValid()) {
            Console::error(ScheduleCommand::tr("--from needs a date such as 2026-12-01."));
            return 2;
        }
        from = QDateTime(day, QTime(0, 0), japan);
    }
    bool countOk = true;
    const int count =
        parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt(&countOk) : 10;
    if (!countOk || count < 1 || count > 10000) {
        Console::error(ScheduleCommand::tr("--count needs a number from 1 to 10000."));
        return 2;
    }
    QHash<qint64, MeetingSeries> byId;
    for (const MeetingSeries& s : selection.series)
        byId.insert(s.id, s);
    auto planned = OccurrencePlanner(session.profile().database())
                       .forAll(selection.series, from, from.addDays(s_horizonDays), count);
    if (!planned)
        return storeError(session, planned.error());

    // The language the command line was started in (UiLanguage made it the default locale).
    const QString language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    if (parser.isSet(QStringLiteral("json"))) {
        // Machine-readable: stable keys, never translated; join details are secrets and never listed.
        QJsonArray rows;
        for (const PlannedOccurrence& p : planned.value()) {
            const MeetingSeries& s = byId[p.seriesId];
            QJsonObject row{
                {QStringLiteral("room"), selection.roomCodes.value(p.roomId)},
                {QStringLiteral("series"), s.title},
                {QStringLiteral("start"), isoLocal(p.start)},
                {QStringLiteral("end"), isoLocal(p.end())},
                {QStringLiteral("cancelled"), p.cancelled},
                {QStringLiteral("moved"), p.moved},
                {QStringLiteral("extra"), p.extra},
                {QStringLiteral("note"), p.note},
            };
            if (p.beginnerOffsetMinutes > 0)
                row.insert(QStringLiteral("beginnerStart"), isoLocal(p.start.addSecs(-60 * p.beginnerOffsetMinutes)));
            if (p.moved)
                row.insert(QStringLiteral("plannedStart"), isoLocal(p.plannedStart));
            rows.append(row);
        }
        Console::out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const MeetingSeries& s : selection.series)
        Console::out(QStringLiteral("# %1 %2: %3")
                         .arg(selection.roomCodes.value(s.roomId), s.title, ScheduleText::describe(s, language)));
    for (const PlannedOccurrence& p : planned.value()) {
        QString state;
        if (p.cancelled)
            state = ScheduleCommand::tr("cancelled");
        else if (p.moved)
            state = ScheduleCommand::tr("moved from %1").arg(isoLocal(p.plannedStart));
        else if (p.extra)
            state = ScheduleCommand::tr("extra");
        if (!p.note.isEmpty())
            state += (state.isEmpty() ? QString() : QStringLiteral(" ")) + p.note;
        Console::out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(isoLocal(p.start), isoLocal(p.end()), selection.roomCodes.value(p.roomId),
                              byId[p.seriesId].title, state));
    }
    return 0;
}

int ics(Session& session, const QCommandLineParser& parser)
{
    const QString code = parser.value(QStringLiteral("room"));
    if (code.isEmpty()) {
        Console::error(ScheduleCommand::tr("Usage: tsunagu schedule ics --room CODE [--out FILE]"));
        return 2;
    }
    Selection selection;
    int exitCode = 0;
    if (!selectSeries(session, code, &selection, &exitCode))
        return exitCode;
    // The changes (cancelled, moved, extra meetings) from a year back to two years ahead go into the calendar.
    const QDateTime now = session.clock().now();
    OccurrencePlanner planner(session.profile().database());
    QVector<IcsSeries> items;
    for (const MeetingSeries& s : selection.series) {
        auto planned = planner.forSeries(s, now.addDays(-366), now.addDays(s_horizonDays), 100000);
        if (!planned)
            return storeError(session, planned.error());
        IcsSeries item{s, code, {}};
        for (const PlannedOccurrence& p : planned.value()) {
            if (p.cancelled || p.moved || p.extra)
                item.changes.append(p);
        }
        items.append(item);
    }
    const QByteArray text = IcsWriter::write(items, now);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || out == QLatin1String("-")) {
        Console::out(QString::fromUtf8(text).chopped(text.endsWith('\n') ? 1 : 0));
        return 0;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        Console::error(ScheduleCommand::tr("Could not write %1: %2").arg(out, file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace

int ScheduleCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("room"), tr("Only the meetings of room CODE."), tr("CODE")});
    parser.addOption(
        {QStringLiteral("from"), tr("List from this date (YYYY-MM-DD, Japan time) instead of now."), tr("DATE")});
    parser.addOption({QStringLiteral("count"), tr("How many meetings to list (10 by default)."), tr("N")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("out"), tr("Write the calendar to FILE instead of standard output."), tr("FILE")});
    parser.addPositionalArgument(QStringLiteral("list|ics"), tr("List the coming meetings, or write a room's "
                                                                "calendar (.ics)."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    if (words == QStringList{QStringLiteral("list")})
        return list(session, parser);
    if (words == QStringList{QStringLiteral("ics")})
        return ics(session, parser);
    Console::error(tr("Usage: tsunagu schedule list [--room CODE] [--from DATE] [--count N] [--json]\n"
                      "       tsunagu schedule ics --room CODE [--out FILE]"));
    return 2;
}

} // namespace tsunagu::app
