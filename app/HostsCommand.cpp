// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostsCommand.h"

#include "Console.h"
#include "Session.h"
#include "domain/RoomRules.h"
#include "text/ErrorText.h"
#include "text/SettingsText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace tsunagu::app {
namespace {

QJsonObject toJson(const Host& host)
{
    return {
        {QStringLiteral("id"), host.id},
        {QStringLiteral("name"), host.displayName},
        {QStringLiteral("signature"), host.signature},
        {QStringLiteral("rooms"), QJsonArray::fromStringList(host.roomCodes)},
    };
}

void storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
}

QStringList codesIn(const QString& list)
{
    QStringList codes;
    for (const QString& code : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        codes << code.trimmed();
    return codes;
}

} // namespace

int HostsCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption(
        {QStringLiteral("name"), tr("The name replies are signed with (a handle is fine)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("signature"), tr("The signature under each reply."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("rooms"), tr("The codes of the rooms the host answers for, comma-separated."),
                      QStringLiteral("CODES")});
    parser.addPositionalArgument(QStringLiteral("list|add|set|remove"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The host's present name (set, remove)."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));

    auto hosts = session.hosts().all();
    if (!hosts) {
        storeError(session, hosts.error());
        return 1;
    }
    if (verb == QLatin1String("list") && words.size() == 1) {
        if (json) {
            QJsonArray list;
            for (const Host& host : hosts.value())
                list.append(toJson(host));
            Console::out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        } else {
            for (const Host& host : hosts.value())
                Console::out(host.displayName + QLatin1Char('\t') + host.roomCodes.join(QLatin1Char(',')));
        }
        return 0;
    }
    const bool adding = verb == QLatin1String("add") && words.size() == 1;
    const bool named = (verb == QLatin1String("set") || verb == QLatin1String("remove")) && words.size() == 2;
    if (!adding && !named) {
        Console::error(tr("Usage: tsunagu hosts list [--json] | hosts add --name NAME [--signature TEXT] [--rooms "
                          "D,DA] | hosts set NAME [--name NEW] [--signature TEXT] [--rooms D,DA] | hosts remove NAME"));
        return 2;
    }

    std::optional<Host> existing;
    QStringList otherNames;
    for (const Host& host : hosts.value()) {
        if (named && host.displayName == words.at(1))
            existing = host;
        else
            otherNames << host.displayName;
    }
    if (named && !existing) {
        Console::error(tr("There is no host named %1. tsunagu hosts list shows the hosts.").arg(words.at(1)));
        return 1;
    }
    if (verb == QLatin1String("remove")) {
        if (const auto removed = session.hosts().remove(existing->id); !removed) {
            storeError(session, removed.error());
            return 1;
        }
        Console::out(tr("Host %1 was removed.").arg(existing->displayName));
        return 0;
    }

    Host host = existing.value_or(Host{});
    if (parser.isSet(QStringLiteral("name")))
        host.displayName = parser.value(QStringLiteral("name")).trimmed();
    if (parser.isSet(QStringLiteral("signature")))
        host.signature = parser.value(QStringLiteral("signature"));
    if (parser.isSet(QStringLiteral("rooms"))) {
        host.roomCodes = codesIn(parser.value(QStringLiteral("rooms")));
        auto rooms = session.rooms().all();
        if (!rooms) {
            storeError(session, rooms.error());
            return 1;
        }
        QStringList known;
        for (const Room& room : rooms.value())
            known << room.code;
        for (const QString& code : qAsConst(host.roomCodes)) {
            if (!known.contains(code)) {
                Console::error(tr("There is no room with the code %1. tsunagu rooms list shows the rooms.").arg(code));
                return 1;
            }
        }
    }
    const QVector<HostProblem> problems = hostProblems(host, otherNames);
    if (!problems.isEmpty()) {
        QStringList lines{tr("The host was not saved:")};
        for (HostProblem problem : problems)
            lines << QStringLiteral("- ") + SettingsText::hostProblem(problem);
        Console::error(lines.join(QLatin1Char('\n')));
        return 1;
    }
    if (existing) {
        if (const auto saved = session.hosts().update(host); !saved) {
            storeError(session, saved.error());
            return 1;
        }
    } else {
        auto inserted = session.hosts().insert(host);
        if (!inserted) {
            storeError(session, inserted.error());
            return 1;
        }
        host.id = inserted.value();
    }
    if (json)
        Console::out(QString::fromUtf8(QJsonDocument(toJson(host)).toJson(QJsonDocument::Indented)));
    else
        Console::out(existing ? tr("Host %1 was changed.").arg(host.displayName)
                              : tr("Host %1 was added.").arg(host.displayName));
    return 0;
}

} // namespace tsunagu::app
