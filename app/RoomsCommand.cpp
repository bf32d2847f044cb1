// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomsCommand.h"

#include "Console.h"
#include "Session.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

int RoomsCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addPositionalArgument(QStringLiteral("list"), tr("List every room."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        Console::error(tr("Usage: tsunagu rooms list [--json]"));
        return 2;
    }

    auto rooms = session.rooms().all();
    if (!rooms) {
        Console::error(ErrorText::title(rooms.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(rooms.error().code, session.profile().directory()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
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

} // namespace tsunagu::app
