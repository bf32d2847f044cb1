// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomsCommand.h"

#include "Console.h"
#include "RoomsNotice.h"
#include "Session.h"
#include "domain/RoomRules.h"
#include "sending/SecretChangeNotice.h"
#include "storage/AuditReader.h"
#include "storage/RetentionRepository.h"
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
        {QStringLiteral("minimumMinutes"), room.minimumMinutes},
    };
}

} // namespace

namespace {

void storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
}

QString idList(const QVector<qint64>& ids)
{
    QStringList words;
    for (const qint64 id : ids)
        words << QString::number(id);
    return words.join(QStringLiteral(", "));
}

// Applicants who were sent the room's chat link or join details since they last changed: ids with status, never
// the secret itself.
int secretHolders(Session& session, const QString& code, bool json)
{
    auto room = session.rooms().byCode(code);
    if (!room) {
        Console::error(
            RoomsCommand::tr("There is no room with the code %1. tsunagu rooms list shows the rooms.").arg(code));
        return 2;
    }
    auto holders = AuditReader(session.profile().database()).secretHolders(room->id);
    if (!holders) {
        storeError(session, holders.error());
        return 1;
    }
    QJsonArray list;
    for (const qint64 id : holders.value()) {
        auto applicant = session.applicants().byId(id);
        if (!applicant)
            continue;
        if (json) {
            list.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("anonymousName"), applicant->anonymousName},
                                    {QStringLiteral("status"), applicantStatusKey(applicant->status)}});
        } else {
            Console::out(QStringLiteral("%1\t%2\t%3")
                             .arg(QString::number(id), applicant->anonymousName,
                                  DisplayText::applicantStatus(applicant->status)));
        }
    }
    if (json)
        Console::out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
    else if (holders->isEmpty())
        Console::out(
            RoomsCommand::tr("Nobody was sent room %1's chat link or join details since they last changed.").arg(code));
    return 0;
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
    parser.addOption({QStringLiteral("min-minutes"),
                      tr("A Zoom participant who stayed fewer minutes is not counted (0 to %1, 5 by default).")
                          .arg(s_maxMinimumMinutes),
                      QStringLiteral("N")});
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
    parser.addOption({QStringLiteral("retention-days"),
                      tr("Delete self-introductions and mail texts N days after an applicant's outcome is decided "
                         "(default 180; 0 keeps them until the applicant is deleted by hand)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("notify-holders"),
                      tr("With set --chat-link: prepare a draft for every applicant who was sent the old link, with "
                         "the new one (sent only when you send the drafts).")});
    parser.addOption({QStringLiteral("notify-bcc"),
                      tr("With set --chat-link: instead of drafts, send one mail now from the room's account to its "
                         "own address with every applicant who was sent the old link in BCC, with the new one.")});
    parser.addOption({QStringLiteral("password-stdin"),
                      tr("With --notify-bcc: read the mail password from the first line of standard input; it is "
                         "not kept.")});
    parser.addPositionalArgument(QStringLiteral("list|add|set|remove|secret-holders"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("The room's code (add, set, remove, secret-holders)."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const QString usage =
        tr("Usage: tsunagu rooms list [--json] | rooms add CODE --name NAME [options] | rooms set "
           "CODE [options] | rooms remove CODE | rooms secret-holders CODE [--json] (tsunagu rooms --help for the "
           "options)");
    if (verb == QLatin1String("list") && words.size() == 1)
        return list(session, parser.isSet(QStringLiteral("json")));
    if (verb == QLatin1String("secret-holders") && words.size() == 2)
        return secretHolders(session, words.at(1).trimmed(), parser.isSet(QStringLiteral("json")));
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
    if (parser.isSet(QStringLiteral("notify-bcc")) && parser.isSet(QStringLiteral("notify-holders"))) {
        Console::error(tr("Choose either --notify-holders (a draft each) or --notify-bcc (one mail in BCC)."));
        return 2;
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
    if (parser.isSet(QStringLiteral("min-minutes"))) {
        bool ok = false;
        room.minimumMinutes = parser.value(QStringLiteral("min-minutes")).toInt(&ok);
        if (!ok)
            room.minimumMinutes = -1; // reported below as out of range
    }
    if (parser.isSet(QStringLiteral("form-url")))
        room.applicationFormUrl = parser.value(QStringLiteral("form-url"));
    const bool secretChanged = existing && parser.isSet(QStringLiteral("chat-link")) &&
                               parser.value(QStringLiteral("chat-link")) != existing->chatLink;
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

    std::optional<int> retentionDays;
    if (parser.isSet(QStringLiteral("retention-days"))) {
        bool ok = false;
        retentionDays = parser.value(QStringLiteral("retention-days")).toInt(&ok);
        if (!ok || *retentionDays < 0 || *retentionDays > RetentionRepository::s_maximumDays) {
            Console::error(tr("--retention-days is a number of days from 0 to %1 (0 keeps the texts until the "
                              "applicant is deleted by hand).")
                               .arg(RetentionRepository::s_maximumDays));
            return 2;
        }
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
    int noticeExit = 0;
    if (secretChanged) {
        // Who holds the old link is read before the change is recorded: the record starts a new period.
        auto holders = AuditReader(session.profile().database()).secretHolders(room.id);
        if (!holders) {
            storeError(session, holders.error());
            return 1;
        }
        SecretChangeNotice notice(session.profile().database(), session.clock());
        if (parser.isSet(QStringLiteral("notify-bcc"))) {
            std::optional<QString> password;
            if (parser.isSet(QStringLiteral("password-stdin"))) {
                password = Console::readSecretLine();
                if (!password) {
                    Console::error(tr("No password was given on standard input."));
                    return 2;
                }
            }
            // The room is changed either way; the exit code says whether the notice went.
            noticeExit = RoomsNotice::sendBcc(session, room.id, holders.value(), password);
        } else if (parser.isSet(QStringLiteral("notify-holders"))) {
            auto prepared = notice.prepare(room.id, holders.value());
            if (!prepared) {
                storeError(session, prepared.error());
                return 1;
            }
            Console::out(tr("%1 applicant(s) were sent the old link: a draft with the new one is ready for %2 of "
                            "them (tsunagu reply, or 返信 in the window, sends them).")
                             .arg(holders->size())
                             .arg(prepared->replyIds.size()));
            if (!prepared->notPrepared.isEmpty())
                Console::error(tr("No draft for applicant(s) %1: no reply address or no invitation template.")
                                   .arg(idList(prepared->notPrepared)));
        } else {
            if (auto recorded = notice.recordChange(room.id); !recorded) {
                storeError(session, recorded.error());
                return 1;
            }
            if (!holders->isEmpty())
                Console::out(tr("%1 applicant(s) were sent the old link (%2): --notify-holders prepares a draft "
                                "with the new one for each.")
                                 .arg(holders->size())
                                 .arg(idList(holders.value())));
        }
    }
    if (retentionDays) {
        RetentionRepository retention(session.profile().database(), session.clock());
        if (const auto kept = retention.setRetentionDays(room.id, *retentionDays); !kept) {
            storeError(session, kept.error());
            return 1;
        }
        // Texts already past the new time go now rather than at the next sync.
        if (const auto swept = retention.sweep(); !swept) {
            storeError(session, swept.error());
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        Console::out(QString::fromUtf8(QJsonDocument(toJson(room)).toJson(QJsonDocument::Indented)));
    else
        Console::out(existing ? tr("Room %1 was changed.").arg(code) : tr("Room %1 was added.").arg(code));
    return noticeExit;
}

} // namespace tsunagu::app
