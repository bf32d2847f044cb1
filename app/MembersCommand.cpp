// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersCommand.h"

#include "Console.h"
#include "Session.h"
#include "domain/MemberRules.h"
#include "text/ErrorText.h"
#include "text/MemberText.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <optional>

namespace tsunagu::app {
namespace {

constexpr int s_failed = 1;
constexpr int s_usage = 2;

QJsonObject toJson(const MemberRow& row)
{
    const Member& m = row.member;
    return {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("room"), row.roomCode},
        {QStringLiteral("name"), m.anonymousName},
        {QStringLiteral("category"), categoryKey(m.category)},
        {QStringLiteral("joined"), m.joinedOn.isValid() ? QJsonValue(m.joinedOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("status"), memberStatusKey(m.status)},
        {QStringLiteral("applicant"), m.applicantId != 0 ? QJsonValue(m.applicantId) : QJsonValue()},
    };
}

void storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
}

// The category as a key (person, family, …) or as the room's own word (本人, 家族, 支援者, その他, 不明).
std::optional<Category> categoryNamed(const QString& text)
{
    bool ok = false;
    const Category category = categoryFromKey(text.trimmed().toLower(), &ok);
    if (ok)
        return category;
    static const std::pair<const char*, Category> words[] = {{"本人", Category::Person},
                                                             {"家族", Category::Family},
                                                             {"支援者", Category::Supporter},
                                                             {"その他", Category::Other},
                                                             {"不明", Category::Unknown}};
    for (const auto& [word, value] : words) {
        if (text.trimmed() == QString::fromUtf8(word))
            return value;
    }
    return std::nullopt;
}

std::optional<MemberStatus> statusNamed(const QString& text)
{
    bool ok = false;
    const MemberStatus status = memberStatusFromKey(text.trimmed().toLower(), &ok);
    return ok ? std::optional<MemberStatus>(status) : std::nullopt;
}

} // namespace

int MembersCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("room"), tr("The room's code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), tr("The member's anonymous name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("category"), tr("person, family, supporter, other or unknown (本人, 家族, …)."),
                      QStringLiteral("C")});
    parser.addOption(
        {QStringLiteral("joined"), tr("The day they joined, as 2026-12-01 (default: today)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("status"), tr("active, inactive or left."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("from-applicant"),
                      tr("Add an invited or attending applicant: their room, category and anonymous name are the "
                         "defaults."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("yes"), tr("Remove without asking.")});
    parser.addPositionalArgument(QStringLiteral("list|add|set|remove"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The member's number (set, remove), as members list shows."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString usage = tr("Usage: tsunagu members list [--room CODE] [--json] | members add --room CODE --name "
                             "NAME [--category C] [--joined DATE] [--from-applicant ID] | members set ID [--name "
                             "NAME] [--category C] [--status S] [--room CODE] [--joined DATE] | members remove ID "
                             "[--yes]");

    auto rooms = session.rooms().all();
    if (!rooms) {
        storeError(session, rooms.error());
        return s_failed;
    }
    auto roomNamed = [&](const QString& code) -> std::optional<Room> {
        for (const Room& room : rooms.value()) {
            if (room.code == code.trimmed())
                return room;
        }
        Console::error(tr("There is no room with the code %1. tsunagu rooms list shows the rooms.").arg(code));
        return std::nullopt;
    };
    auto codeOf = [&](qint64 roomId) {
        for (const Room& room : rooms.value()) {
            if (room.id == roomId)
                return room.code;
        }
        return QString();
    };
    auto members = session.members().all();
    if (!members) {
        storeError(session, members.error());
        return s_failed;
    }

    if (verb == QLatin1String("list") && words.size() == 1) {
        QString roomFilter;
        if (parser.isSet(QStringLiteral("room"))) {
            const auto room = roomNamed(parser.value(QStringLiteral("room")));
            if (!room)
                return s_failed;
            roomFilter = room->code;
        }
        QJsonArray list;
        for (const MemberRow& row : members.value()) {
            if (!roomFilter.isEmpty() && row.roomCode != roomFilter)
                continue;
            if (json) {
                list.append(toJson(row));
                continue;
            }
            Console::out(QStringList{QString::number(row.member.id), row.roomCode, row.member.anonymousName,
                                     categoryKey(row.member.category), row.member.joinedOn.toString(Qt::ISODate),
                                     memberStatusKey(row.member.status)}
                             .join(QLatin1Char('\t')));
        }
        if (json)
            Console::out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return 0;
    }

    const bool adding = verb == QLatin1String("add") && words.size() == 1;
    const bool numbered = (verb == QLatin1String("set") || verb == QLatin1String("remove")) && words.size() == 2;
    if (!adding && !numbered) {
        Console::error(usage);
        return s_usage;
    }
    std::optional<MemberRow> existing;
    if (numbered) {
        bool ok = false;
        const qint64 id = words.at(1).toLongLong(&ok);
        for (const MemberRow& row : members.value()) {
            if (ok && row.member.id == id)
                existing = row;
        }
        if (!existing) {
            Console::error(
                tr("There is no member number %1. tsunagu members list shows the members.").arg(words.at(1)));
            return s_failed;
        }
    }

    if (verb == QLatin1String("remove")) {
        const QString question = MemberText::removeQuestion(existing->member.anonymousName, existing->roomCode);
        if (!parser.isSet(QStringLiteral("yes"))) {
            if (!Console::interactive()) {
                Console::error(question + QLatin1Char('\n') + tr("Add --yes to remove the member."));
                return s_usage;
            }
            Console::out(question + QStringLiteral(" [y/N]"));
            if (!Console::confirmed()) {
                Console::out(tr("Nothing was removed."));
                return s_failed;
            }
        }
        if (const auto removed = session.members().remove(existing->member.id); !removed) {
            storeError(session, removed.error());
            return s_failed;
        }
        Console::out(
            tr("%1 was removed from the roster of room %2.").arg(existing->member.anonymousName, existing->roomCode));
        return 0;
    }

    Member member = existing ? existing->member : Member{};
    if (adding) {
        member.joinedOn = session.clock().now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
        if (parser.isSet(QStringLiteral("from-applicant"))) {
            bool ok = false;
            const qint64 applicantId = parser.value(QStringLiteral("from-applicant")).toLongLong(&ok);
            auto applicant = ok ? session.applicants().byId(applicantId)
                                : StoreResult<Applicant>(StoreFailure{StoreError::NotFound, {}});
            if (!applicant) {
                if (applicant.error().code == StoreError::NotFound) {
                    Console::error(tr("There is no applicant number %1. tsunagu applicants list shows them.")
                                       .arg(parser.value(QStringLiteral("from-applicant"))));
                    return s_failed;
                }
                storeError(session, applicant.error());
                return s_failed;
            }
            if (!canBecomeMember(applicant->status)) {
                Console::error(tr("Applicant %1 is not invited or attending yet, so they cannot join a roster. "
                                  "Change their status first (tsunagu applicants set %1 --status invited).")
                                   .arg(applicantId));
                return s_failed;
            }
            auto already = session.members().memberIdForApplicant(applicantId);
            if (!already) {
                storeError(session, already.error());
                return s_failed;
            }
            if (already.value() != 0) {
                Console::error(
                    tr("Applicant %1 is on a roster already, as member %2.").arg(applicantId).arg(already.value()));
                return s_failed;
            }
            member.applicantId = applicantId;
            member.roomId = applicant->roomId;
            member.category = applicant->category;
            member.anonymousName = applicant->anonymousName.trimmed();
        }
    }
    if (parser.isSet(QStringLiteral("room"))) {
        const auto room = roomNamed(parser.value(QStringLiteral("room")));
        if (!room)
            return s_failed;
        member.roomId = room->id;
    }
    if (parser.isSet(QStringLiteral("name")))
        member.anonymousName = parser.value(QStringLiteral("name")).trimmed();
    if (parser.isSet(QStringLiteral("category"))) {
        const auto category = categoryNamed(parser.value(QStringLiteral("category")));
        if (!category) {
            Console::error(tr("%1 is not a category: use person, family, supporter, other or unknown.")
                               .arg(parser.value(QStringLiteral("category"))));
            return s_usage;
        }
        member.category = *category;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const auto status = statusNamed(parser.value(QStringLiteral("status")));
        if (!status) {
            Console::error(tr("%1 is not a member status: use active, inactive or left.")
                               .arg(parser.value(QStringLiteral("status"))));
            return s_usage;
        }
        member.status = *status;
    }
    if (parser.isSet(QStringLiteral("joined"))) {
        const QDate joined = QDate::fromString(parser.value(QStringLiteral("joined")).trimmed(), Qt::ISODate);
        if (!joined.isValid()) {
            Console::error(tr("%1 is not a date: write it as 2026-12-01.").arg(parser.value(QStringLiteral("joined"))));
            return s_usage;
        }
        member.joinedOn = joined;
    }

    QStringList others;
    for (const MemberRow& row : members.value()) {
        if (row.member.roomId == member.roomId && row.member.id != member.id)
            others << row.member.anonymousName;
    }
    const QVector<MemberProblem> problems = memberProblems(member, others);
    if (!problems.isEmpty()) {
        QStringList lines{tr("The member was not saved:")};
        for (MemberProblem problem : problems)
            lines << QStringLiteral("- ") + MemberText::problem(problem, codeOf(member.roomId));
        Console::error(lines.join(QLatin1Char('\n')));
        return s_failed;
    }
    if (existing) {
        if (const auto saved = session.members().update(member); !saved) {
            storeError(session, saved.error());
            return s_failed;
        }
    } else {
        auto inserted = session.members().insert(member);
        if (!inserted) {
            if (inserted.error().code == StoreError::ConstraintViolated) {
                Console::error(MemberText::problem(MemberProblem::NameTaken, codeOf(member.roomId)));
                return s_failed;
            }
            storeError(session, inserted.error());
            return s_failed;
        }
        member.id = inserted.value();
    }
    if (json) {
        Console::out(
            QString::fromUtf8(QJsonDocument(toJson({member, codeOf(member.roomId)})).toJson(QJsonDocument::Indented)));
    } else {
        Console::out(existing ? tr("Member %1 (%2) was changed.").arg(member.id).arg(member.anonymousName)
                              : tr("Member %1 (%2) was added to room %3.")
                                    .arg(member.id)
                                    .arg(member.anonymousName, codeOf(member.roomId)));
    }
    return 0;
}

} // namespace tsunagu::app
