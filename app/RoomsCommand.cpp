// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomsCommand.h"

#include "Console.h"
#include "Session.h"
#include "domain/RoomRules.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"
#include "text/SettingsText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace tsunagu::app {
namespace {

// Machine-readable: stable keys, never translated. Chat links and join details are secrets and never listed.
QJsonObject toJson(const Room& room)
{
    return {
        {QStringLiteral("code"), room.code},
        {QStringLiteral("name"), room.name},
        {QStringLiteral("theme"), room.theme},
        {QStringLiteral("audience"), audienceKey(room.audience)},
        {QStringLiteral("status"), roomStatusKey(room.status)},
        {QStringLiteral("statusNote"), room.statusNote},
        {QStringLiteral("schedule"), room.scheduleSummary},
        {QStringLiteral("applicationFormUrl"), room.applicationFormUrl},
        {QStringLiteral("replyDeadlineDays"), room.replyDeadlineDays},
    };
}

} // namespace

namespace {

void storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
}

int list(Session& session, bool json)
{
    auto rooms = session.rooms().all();
    if (!rooms) {
        storeError(session, rooms.error());
        return 1;
    }
    if (json) {
        QJsonArray list;
        for (const Room& room : rooms.value())
            list.append(toJson(room));
        Console::out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const Room& room : rooms.value()) {
        Console::out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(room.code, room.name, DisplayText::audience(room.audience),
                              DisplayText::roomStatus(room.status), room.scheduleSummary));
    }
    return 0;
}

} // namespace

int RoomsCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("name"), tr("The room's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("audience"), tr("Who the room is for: persons, families, women or open."),
                      QStringLiteral("AUDIENCE")});
    parser.addOption({QStringLiteral("theme"),
                      tr("The room's theme: alcohol, drugs, gambling, gaming, eating, kleptomania or ikizurasa."),
                      QStringLiteral("THEME")});
    parser.addOption(
        {QStringLiteral("reply-days"), tr("Days within which applicants get a first reply."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("form-url"), tr("The application form's address (\"\" to clear)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("chat-link"), tr("The chat link, a secret sent to invited applicants only."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("reception"), tr("The address applications arrive at."), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("schedule"), tr("The schedule in the room's own words."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("guidelines-file"), tr("Read the room's guidelines from FILE (UTF-8)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("pause"), tr("Pause the room, with a note saying why or until when."), QStringLiteral("NOTE")});
    parser.addOption({QStringLiteral("resume"), tr("Take applications again after a pause.")});
    parser.addPositionalArgument(QStringLiteral("list|add|set|remove"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("The room's code (add, set, remove)."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const QString usage = tr("Usage: tsunagu rooms list [--json] | rooms add CODE --name NAME [options] | rooms set "
                             "CODE [options] | rooms remove CODE (tsunagu rooms --help for the options)");
    if (verb == QLatin1String("list") && words.size() == 1)
        return list(session, parser.isSet(QStringLiteral("json")));
    if (words.size() != 2 ||
        (verb != QLatin1String("add") && verb != QLatin1String("set") && verb != QLatin1String("remove"))) {
        Console::error(usage);
        return 2;
    }
    const QString code = words.at(1).trimmed();
    auto rooms = session.rooms().all();
    if (!rooms) {
        storeError(session, rooms.error());
        return 1;
    }
    std::optional<Room> existing;
    QStringList otherCodes;
    int lastOrder = 0;
    for (const Room& room : rooms.value()) {
        lastOrder = std::max(lastOrder, room.sortOrder);
        if (room.code == code)
            existing = room;
        else
            otherCodes << room.code;
    }
    if (verb == QLatin1String("add") && existing) {
        Console::error(tr("Room %1 exists already. Change it with tsunagu rooms set %1 …").arg(code));
        return 1;
    }
    if (verb != QLatin1String("add") && !existing) {
        Console::error(tr("There is no room with the code %1. tsunagu rooms list shows the rooms.").arg(code));
        return 1;
    }

    if (verb == QLatin1String("remove")) {
        const auto removed = session.rooms().remove(existing->id);
        if (!removed && removed.error().code == StoreError::ConstraintViolated) {
            Console::error(tr("Room %1 has applicants, and their history would be lost, so it was not removed. "
                              "Pause it instead: tsunagu rooms set %1 --pause NOTE")
                               .arg(code));
            return 1;
        }
        if (!removed) {
            storeError(session, removed.error());
            return 1;
        }
        Console::out(tr("Room %1 was removed.").arg(code));
        return 0;
    }

    Room room;
    if (existing) {
        room = *existing;
    } else {
        room.code = code;
        room.sortOrder = lastOrder + 1;
    }
    if (parser.isSet(QStringLiteral("pause")) && parser.isSet(QStringLiteral("resume"))) {
        Console::error(tr("Choose either --pause or --resume."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("name")))
        room.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("audience"))) {
        bool ok = false;
        room.audience = audienceFromKey(parser.value(QStringLiteral("audience")), &ok);
        if (!ok) {
            Console::error(tr("--audience is one of: persons, families, women, open."));
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("theme")))
        room.theme = parser.value(QStringLiteral("theme"));
    if (parser.isSet(QStringLiteral("reply-days"))) {
        bool ok = false;
        room.replyDeadlineDays = parser.value(QStringLiteral("reply-days")).toInt(&ok);
        if (!ok)
            room.replyDeadlineDays = 0; // reported below as out of range
    }
    if (parser.isSet(QStringLiteral("form-url")))
        room.applicationFormUrl = parser.value(QStringLiteral("form-url"));
    if (parser.isSet(QStringLiteral("chat-link")))
        room.chatLink = parser.value(QStringLiteral("chat-link"));
    if (parser.isSet(QStringLiteral("reception")))
        room.receptionAddress = parser.value(QStringLiteral("reception"));
    if (parser.isSet(QStringLiteral("schedule")))
        room.scheduleSummary = parser.value(QStringLiteral("schedule"));
    if (parser.isSet(QStringLiteral("guidelines-file"))) {
        const QString path = parser.value(QStringLiteral("guidelines-file"));
        QFile file(path);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() > 256 * 1024 || !file.open(QIODevice::ReadOnly)) {
            Console::error(tr("The guidelines file %1 cannot be read (it must be a text file of at most 256 KB).")
                               .arg(QDir::toNativeSeparators(path)));
            return 1;
        }
        room.guidelines = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (parser.isSet(QStringLiteral("pause"))) {
        room.status = RoomStatus::Paused;
        room.statusNote = parser.value(QStringLiteral("pause"));
    }
    if (parser.isSet(QStringLiteral("resume"))) {
        room.status = RoomStatus::Active;
        room.statusNote.clear();
    }

    const QVector<RoomProblem> problems = roomProblems(room, otherCodes);
    if (!problems.isEmpty()) {
        QStringList lines{tr("Room %1 was not saved:").arg(code)};
        for (RoomProblem problem : problems)
            lines << QStringLiteral("- ") + SettingsText::roomProblem(problem);
        Console::error(lines.join(QLatin1Char('\n')));
        return 1;
    }
    if (existing) {
        if (const auto saved = session.rooms().update(room); !saved) {
            storeError(session, saved.error());
            return 1;
        }
    } else {
        auto inserted = session.rooms().insert(room);
        if (!inserted) {
            storeError(session, inserted.error());
            return 1;
        }
        room.id = inserted.value();
    }
    if (parser.isSet(QStringLiteral("json")))
        Console::out(QString::fromUtf8(QJsonDocument(toJson(room)).toJson(QJsonDocument::Indented)));
    else
        Console::out(existing ? tr("Room %1 was changed.").arg(code) : tr("Room %1 was added.").arg(code));
    return 0;
}

} // namespace tsunagu::app
