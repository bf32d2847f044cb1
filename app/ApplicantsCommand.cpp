// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicantsCommand.h"

#include "ApplicantsDeleteCommand.h"

#include "Console.h"
#include "Session.h"
#include "storage/FetchedMailRepository.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace tsunagu::app {
namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Machine-readable: stable keys, never translated.
QJsonObject toJson(const ApplicantRow& row, const QDateTime& now, bool withAddress)
{
    const Applicant& a = row.applicant;
    QJsonArray fields;
    for (const LabelledValue& field : a.formFields) {
        fields.append(QJsonObject{{QStringLiteral("label"), field.label},
                                  {QStringLiteral("value"), field.value},
                                  {QStringLiteral("key"), textOrNull(field.key)}});
    }
    QJsonArray hints;
    for (const Hint& hint : a.hints)
        hints.append(QJsonObject{{QStringLiteral("kind"), hint.kind}, {QStringLiteral("detail"), hint.detail}});
    const bool awaiting = isAwaitingReply(a);
    const int waited = waitingDays(a, now);
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("room"), textOrNull(row.roomCode)},
        {QStringLiteral("anonymousName"), a.anonymousName},
        {QStringLiteral("category"), categoryKey(a.category)},
        {QStringLiteral("gender"), a.genderAsWritten},
        {QStringLiteral("ageBand"), a.ageBand},
        {QStringLiteral("region"), a.region},
        {QStringLiteral("country"), a.country},
        {QStringLiteral("timeZone"), textOrNull(a.timeZone)},
        {QStringLiteral("concern"), a.concern},
        {QStringLiteral("referralSource"), a.referralSource},
        {QStringLiteral("status"), applicantStatusKey(a.status)},
        {QStringLiteral("receivedAt"), a.receivedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("waitingDays"), awaiting ? QJsonValue(waited) : QJsonValue()},
        {QStringLiteral("overdue"), awaiting && waited >= row.replyDeadlineDays},
        {QStringLiteral("duplicateOf"), a.duplicateOfId > 0 ? QJsonValue(a.duplicateOfId) : QJsonValue()},
        {QStringLiteral("hints"), hints},
        {QStringLiteral("fields"), fields},
    };
    // Reply addresses leave the computer only when asked for by name (--with-addresses); the form fields keep
    // everything else the applicant wrote, so the address is taken out of them too.
    if (withAddress) {
        o.insert(QStringLiteral("replyAddress"), a.replyAddress);
    } else {
        QJsonArray kept;
        for (const QJsonValue& field : std::as_const(fields)) {
            if (field.toObject().value(QStringLiteral("key")).toString() != QLatin1String("reply_address"))
                kept.append(field);
        }
        o.insert(QStringLiteral("fields"), kept);
    }
    return o;
}

} // namespace

int ApplicantsCommand::change(Session& session, const QCommandLineParser& parser, const QStringList& words)
{
    bool isNumber = false;
    const qint64 id = words.at(1).toLongLong(&isNumber);
    auto applicant =
        isNumber ? session.applicants().byId(id) : StoreResult<Applicant>(StoreFailure{StoreError::NotFound, {}});
    if (!applicant) {
        if (applicant.error().code == StoreError::NotFound) {
            Console::error(
                tr("There is no applicant %1. tsunagu applicants list shows them with their ids.").arg(words.at(1)));
            return 1;
        }
        Console::error(ErrorText::title(applicant.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(applicant.error().code, session.profile().directory()));
        return 1;
    }
    auto failed = [&session](const StoreFailure& failure) {
        Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                       ErrorText::explanation(failure.code, session.profile().directory()));
        return 1;
    };

    if (words.first() == QLatin1String("unclassify")) {
        const auto returned = session.intake().returnToUnclassified(id);
        if (!returned && returned.error().code == StoreError::Conflict) {
            Console::error(tr("Applicant %1 was answered already or their status changed, so they stay an "
                              "applicant.")
                               .arg(id));
            return 1;
        }
        if (!returned)
            return failed(returned.error());
        Console::out(tr("The mail of applicant %1 is back in 未分類 (unclassified).").arg(id));
        return 0;
    }

    // Everything is checked before anything changes.
    std::optional<ApplicantStatus> status;
    if (parser.isSet(QStringLiteral("status"))) {
        bool known = false;
        status = applicantStatusFromKey(parser.value(QStringLiteral("status")), &known);
        if (!known) {
            Console::error(tr("Unknown status \"%1\".").arg(parser.value(QStringLiteral("status"))));
            return 2;
        }
    }
    std::optional<qint64> roomId;
    if (parser.isSet(QStringLiteral("room"))) {
        const QString code = parser.value(QStringLiteral("room"));
        if (code == QLatin1String("none")) {
            roomId = 0;
        } else {
            auto room = session.rooms().byCode(code);
            if (!room) {
                Console::error(tr("There is no room \"%1\". Run tsunagu rooms list to see the rooms.").arg(code));
                return 2;
            }
            roomId = room->id;
        }
    }
    qint64 hostId = 0;
    if (parser.isSet(QStringLiteral("host"))) {
        auto hosts = session.hosts().all();
        if (!hosts)
            return failed(hosts.error());
        for (const Host& host : hosts.value()) {
            if (host.displayName == parser.value(QStringLiteral("host")))
                hostId = host.id;
        }
        if (hostId == 0) {
            Console::error(tr("There is no host named %1. tsunagu hosts list shows the hosts.")
                               .arg(parser.value(QStringLiteral("host"))));
            return 2;
        }
    }
    if (!status && !roomId && !parser.isSet(QStringLiteral("note"))) {
        Console::error(tr("Say what to change: --status, --room or --note."));
        return 2;
    }
    if (roomId) {
        if (const auto moved = session.applicants().setRoom(id, *roomId); !moved)
            return failed(moved.error());
    }
    if (status) {
        if (const auto changed =
                session.applicants().setStatus(id, *status, hostId, parser.value(QStringLiteral("note")));
            !changed)
            return failed(changed.error());
    } else if (parser.isSet(QStringLiteral("note"))) {
        if (const auto noted = session.applicants().setNotes(id, parser.value(QStringLiteral("note"))); !noted)
            return failed(noted.error());
    }
    auto now = session.applicants().byId(id);
    if (!now)
        return failed(now.error());
    if (parser.isSet(QStringLiteral("json"))) {
        Console::out(QString::fromUtf8(QJsonDocument(QJsonObject{
                                                         {QStringLiteral("id"), id},
                                                         {QStringLiteral("status"), applicantStatusKey(now->status)},
                                                         {QStringLiteral("notes"), now->notes},
                                                     })
                                           .toJson(QJsonDocument::Indented)));
    } else {
        Console::out(tr("Applicant %1: %2.").arg(id).arg(DisplayText::applicantStatus(now->status)));
    }
    return 0;
}

int ApplicantsCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"),
                      tr("Print JSON instead of a table: every applicant's room, anonymous name, status, form fields "
                         "(self-introduction included) and hints; reply addresses only with --with-addresses.")});
    parser.addOption({QStringLiteral("with-addresses"),
                      tr("With list --json: include the reply addresses (recorded in the audit log).")});
    parser.addOption(
        {QStringLiteral("room"), tr("Only applicants of room CODE (\"none\" for those without a room)."), tr("CODE")});
    parser.addOption({QStringLiteral("status"),
                      tr("Only applicants with status S (new, checking, invited, attending, on_hold, referred, "
                         "not_eligible, withdrawn)."),
                      tr("S")});
    parser.addOption({QStringLiteral("note"),
                      tr("With set: a note on the status change, or the applicant's notes when no status is given."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("host"), tr("With set --status: the host who made the change."), tr("NAME")});
    parser.addOption({QStringLiteral("also-on-server"),
                      tr("With delete: delete the applicant's original mails on the mail server too.")});
    parser.addOption({QStringLiteral("yes"), tr("With delete: do not ask (needed when not run from a terminal).")});
    parser.addOption({QStringLiteral("password-stdin"),
                      tr("With delete --also-on-server: read the mail password from standard input.")});
    parser.addPositionalArgument(QStringLiteral("list|set|unclassify|delete"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The applicant (set, unclassify, delete)."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    if (words.size() == 2 && (words.first() == QLatin1String("set") || words.first() == QLatin1String("unclassify")))
        return change(session, parser, words);
    if (words.size() == 2 && words.first() == QLatin1String("delete"))
        return ApplicantsDeleteCommand::run(session, parser, words.at(1));
    if (words != QStringList{QStringLiteral("list")}) {
        Console::error(
            tr("Usage: tsunagu applicants list [--room CODE] [--status S] [--json] | applicants set ID "
               "[--status S] [--room CODE|none] [--note TEXT] [--host NAME] | applicants unclassify ID | applicants "
               "delete ID [--also-on-server] [--yes]"));
        return 2;
    }
    const QString status = parser.value(QStringLiteral("status"));
    bool known = true;
    if (!status.isEmpty())
        applicantStatusFromKey(status, &known);
    if (!known) {
        Console::error(tr("Unknown status \"%1\".").arg(status));
        return 2;
    }
    const QString room = parser.value(QStringLiteral("room"));
    if (!room.isEmpty() && room != QLatin1String("none") && !session.rooms().byCode(room)) {
        Console::error(tr("There is no room \"%1\". Run tsunagu rooms list to see the rooms.").arg(room));
        return 2;
    }

    // Filtered and ordered by SQLite and written one applicant at a time: memory stays flat at any length.
    ApplicantListQuery query;
    query.status = status;
    if (room == QLatin1String("none"))
        query.withoutRoom = true;
    else
        query.roomCode = room;
    const QDateTime now = session.clock().now();
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool withAddresses = json && parser.isSet(QStringLiteral("with-addresses"));
    if (parser.isSet(QStringLiteral("with-addresses")) && !json) {
        Console::error(tr("--with-addresses goes with --json."));
        return 2;
    }
    qint64 written = 0;
    if (json)
        Console::stream("[");
    auto listed = session.applicantList().each(query, [&](const ApplicantRow& row) {
        if (json) {
            Console::stream((written == 0 ? QByteArrayLiteral("\n  ") : QByteArrayLiteral(",\n  ")) +
                            QJsonDocument(toJson(row, now, withAddresses)).toJson(QJsonDocument::Compact));
        } else {
            const bool awaiting = isAwaitingReply(row.applicant);
            Console::stream(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                                .arg(QString::number(row.applicant.id),
                                     row.roomCode.isEmpty() ? QStringLiteral("-") : row.roomCode,
                                     row.applicant.anonymousName, DisplayText::applicantStatus(row.applicant.status),
                                     awaiting ? DisplayText::days(waitingDays(row.applicant, now)) : QString())
                                .toUtf8());
        }
        ++written;
        return true;
    });
    if (json)
        Console::stream(written == 0 ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
    Console::flushOut();
    if (!listed) {
        Console::error(ErrorText::title(listed.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(listed.error().code, session.profile().directory()));
        return 1;
    }
    if (withAddresses) {
        // An export with reply addresses is recorded: when, and how many, never the addresses.
        AuditEntry entry;
        entry.at = now;
        entry.action = QStringLiteral("export.reply_addresses");
        entry.detail = QStringLiteral("applicants list --json count=%1").arg(written);
        if (auto logged = session.audit().record(entry); !logged) {
            Console::error(ErrorText::title(logged.error().code) + QLatin1Char('\n') +
                           ErrorText::explanation(logged.error().code, session.profile().directory()));
            return 1;
        }
    }
    // Mail downloaded by tsunagu sync --fetch-only (or a sync that stopped) is not in the list until it is read.
    auto waiting = FetchedMailRepository(session.profile().database()).countAll();
    if (waiting && waiting.value() > 0) {
        Console::error(tr("%1 received mails have not been read yet, so their applicants are not listed: tsunagu "
                          "sync, or opening the window, reads them.")
                           .arg(waiting.value()));
    }
    return 0;
}

} // namespace tsunagu::app
