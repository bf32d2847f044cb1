// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsCommand.h"

#include "Console.h"
#include "Session.h"
#include "contacts/ContactCsv.h"
#include "contacts/ContactFilter.h"
#include "contacts/ContactVCard.h"
#include "contacts/ReferralLinker.h"
#include "storage/ReferralLinkRepository.h"
#include "text/DisplayText.h"
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

int storeFailed(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
    return 1;
}

QString dateKey(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Machine-readable: stable keys, never translated.
QJsonObject toJson(const ContactRow& row)
{
    const Contact& c = row.contact;
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("organisation"), c.organisation},
        {QStringLiteral("kind"), contactKindKey(c.kind)},
        {QStringLiteral("prefecture"), c.region},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("person"), c.person},
        {QStringLiteral("personRole"), c.personRole},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("web"), c.web},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("worksWith"), c.roleNotes},
        {QStringLiteral("rooms"), QJsonArray::fromStringList(row.roomCodes)},
        {QStringLiteral("lastContact"), dateKey(c.lastContactOn)},
        {QStringLiteral("nextFollowUp"), dateKey(c.nextFollowUpOn)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("referralCode"), c.referralCode},
        {QStringLiteral("postersDelivered"), row.postersDelivered},
        {QStringLiteral("lastPoster"), dateKey(row.lastPosterOn)},
        {QStringLiteral("applicantsReferred"), row.applicantsReferred},
        {QStringLiteral("applicantsToConfirm"), row.applicantsUnconfirmed},
    };
}

QDate todayInJapan(const Session& session)
{
    return session.clock().now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}

int list(Session& session, const QCommandLineParser& parser)
{
    ContactFilter filter;
    if (parser.isSet(QStringLiteral("kind"))) {
        bool ok = false;
        filter.kind = contactKindFromKey(parser.value(QStringLiteral("kind")), &ok);
        if (!ok) {
            Console::error(ContactsCommand::tr("Unknown kind: %1").arg(parser.value(QStringLiteral("kind"))));
            return 2;
        }
    }
    filter.region = parser.value(QStringLiteral("region"));
    filter.staleOnly = parser.isSet(QStringLiteral("stale"));
    filter.noPosterOnly = parser.isSet(QStringLiteral("no-poster"));
    if (parser.isSet(QStringLiteral("room"))) {
        auto rooms = session.rooms().all();
        if (!rooms)
            return storeFailed(session, rooms.error());
        for (const Room& room : rooms.value()) {
            if (room.code == parser.value(QStringLiteral("room")))
                filter.roomId = room.id;
        }
        if (filter.roomId == 0) {
            Console::error(ContactsCommand::tr("There is no room %1.").arg(parser.value(QStringLiteral("room"))));
            return 2;
        }
    }
    // Applicants who named a contact since the last look are linked first, so the counts are current.
    ReferralLinkRepository links(session.profile().database());
    if (auto linked = ReferralLinker(session.contacts(), links).run(); !linked)
        return storeFailed(session, linked.error());
    auto rows = session.contacts().all();
    if (!rows)
        return storeFailed(session, rows.error());
    const QDate today = todayInJapan(session);
    QVector<ContactRow> shown;
    for (const ContactRow& row : rows.value()) {
        if (filter.matches(row, today))
            shown.append(row);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ContactRow& row : shown)
            array.append(toJson(row));
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const ContactRow& row : shown) {
        const Contact& c = row.contact;
        Console::out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                         .arg(QString::number(c.id), c.organisation, DisplayText::contactKind(c.kind),
                              QString(c.region + c.city), row.roomCodes.join(QLatin1Char(',')),
                              DisplayText::date(c.lastContactOn),
                              ContactsCommand::tr("%n poster(s)", nullptr, row.postersDelivered)));
    }
    return 0;
}

int import(Session& session, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Console::error(ContactsCommand::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }
    if (file.size() > ContactCsv::s_maxBytes) {
        Console::error(ContactsCommand::tr("%1 is larger than %2 MB; a contact list is much smaller. Nothing was "
                                           "imported.")
                           .arg(path)
                           .arg(ContactCsv::s_maxBytes / (1024 * 1024)));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    auto rows = session.contacts().all();
    if (!rows)
        return storeFailed(session, rows.error());
    auto rooms = session.rooms().all();
    if (!rooms)
        return storeFailed(session, rooms.error());
    QVector<Contact> existing;
    for (const ContactRow& row : rows.value())
        existing.append(row.contact);
    ContactCsv::ReadError error = ContactCsv::ReadError::None;
    const ContactCsv::Plan plan = ContactCsv::read(bytes, existing, rooms.value(), &error);
    switch (error) {
    case ContactCsv::ReadError::None:
        break;
    case ContactCsv::ReadError::Empty:
        Console::error(ContactsCommand::tr("%1 has no rows. Nothing was imported.").arg(path));
        return 1;
    case ContactCsv::ReadError::TooLarge:
        Console::error(ContactsCommand::tr("%1 is too large for a contact list. Nothing was imported.").arg(path));
        return 1;
    case ContactCsv::ReadError::NoOrganisationColumn:
        Console::error(ContactsCommand::tr("%1 has no column with the organisation's name (団体名). Add one with that "
                                           "header and try again. Nothing was imported.")
                           .arg(path));
        return 1;
    }
    auto stored = session.contacts().insertAll(plan.contacts);
    if (!stored)
        return storeFailed(session, stored.error());
    Console::out(ContactsCommand::tr("Imported %n contact(s) from %1 (%2).", nullptr, int(plan.contacts.size()))
                     .arg(path, plan.encoding));
    if (!plan.unknownColumns.isEmpty())
        Console::out(ContactsCommand::tr("Columns left out (Tsunagu does not know them): %1")
                         .arg(plan.unknownColumns.join(QStringLiteral(", "))));
    for (const auto& skipped : plan.skipped) {
        switch (skipped.why) {
        case ContactCsv::Plan::Skipped::Why::Duplicate:
            Console::out(ContactsCommand::tr("Line %1: %2 is already in the directory; skipped.")
                             .arg(skipped.line)
                             .arg(skipped.organisation));
            break;
        case ContactCsv::Plan::Skipped::Why::DuplicateCode:
            Console::out(ContactsCommand::tr("Line %1: the referral code of %2 belongs to another contact; skipped.")
                             .arg(skipped.line)
                             .arg(skipped.organisation));
            break;
        case ContactCsv::Plan::Skipped::Why::NoOrganisation:
            Console::out(ContactsCommand::tr("Line %1: no organisation name; skipped.").arg(skipped.line));
            break;
        }
    }
    for (const auto& unread : plan.unread) {
        Console::out(ContactsCommand::tr("Line %1: %2 「%3」 was not understood and left empty.")
                         .arg(unread.line)
                         .arg(unread.column, unread.value));
    }
    ReferralLinkRepository links(session.profile().database());
    if (auto linked = ReferralLinker(session.contacts(), links).run(); !linked)
        return storeFailed(session, linked.error());
    return 0;
}

int exportCsv(Session& session, const QString& path)
{
    auto rows = session.contacts().all();
    if (!rows)
        return storeFailed(session, rows.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ContactCsv::write(file, rows.value()) || !file.commit()) {
        Console::error(ContactsCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return 1;
    }
    Console::out(ContactsCommand::tr("Wrote %n contact(s) to %1.", nullptr, int(rows->size())).arg(path));
    return 0;
}

int vcard(Session& session, const QString& idText, const QString& path)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok) {
        Console::error(ContactsCommand::tr("Usage: tsunagu contacts vcard ID [--out FILE]"));
        return 2;
    }
    auto contact = session.contacts().find(id);
    if (!contact) {
        if (contact.error().code == StoreError::NotFound) {
            Console::error(ContactsCommand::tr("There is no contact %1 (contacts list shows the numbers).").arg(id));
            return 1;
        }
        return storeFailed(session, contact.error());
    }
    const QByteArray card = ContactVCard::write(contact.value(), DisplayText::contactKind(contact->kind));
    if (path.isEmpty()) {
        Console::out(QString::fromUtf8(card).trimmed());
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(card) != card.size() || !file.commit()) {
        Console::error(ContactsCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace

int ContactsCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("kind"), tr("Only contacts of this kind (clinic, hospital, …)."), tr("KIND")});
    parser.addOption({QStringLiteral("region"), tr("Only contacts in this prefecture or city."), tr("REGION")});
    parser.addOption({QStringLiteral("room"), tr("Only contacts that relate to this room."), tr("CODE")});
    parser.addOption({QStringLiteral("stale"), tr("Only contacts without contact for 6 months.")});
    parser.addOption({QStringLiteral("no-poster"), tr("Only contacts that have no poster yet.")});
    parser.addOption({QStringLiteral("csv"), tr("The CSV file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("out"), tr("The vCard file to write (else printed)."), tr("FILE")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, import FILE.csv, export --csv FILE or vcard ID."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action == QLatin1String("list") && words.size() == 1)
        return list(session, parser);
    if (action == QLatin1String("import") && words.size() == 2)
        return import(session, words.at(1));
    if (action == QLatin1String("export") && words.size() == 1 && parser.isSet(QStringLiteral("csv")))
        return exportCsv(session, parser.value(QStringLiteral("csv")));
    if (action == QLatin1String("vcard") && words.size() == 2)
        return vcard(session, words.at(1), parser.value(QStringLiteral("out")));
    Console::error(tr("Usage: tsunagu contacts list [--json] [--kind K] [--region R] [--room CODE] [--stale] "
                      "[--no-poster] | contacts import FILE.csv | contacts export --csv FILE | contacts vcard ID "
                      "[--out FILE]"));
    return 2;
}

} // namespace tsunagu::app
