// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawing/PosterCommand.h"

#include "Console.h"
#include "Session.h"
#include "documents/PosterPdf.h"
#include "documents/PosterRoomText.h"
#include "text/DocumentText.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace tsunagu::app {
namespace {

int storeFailed(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
    return 1;
}

QString problemText(const PosterProblem& problem)
{
    switch (problem.kind) {
    case PosterProblem::Kind::NoFormUrl:
        return PosterCommand::tr("Room %1 has no application form address: the poster says the form is being "
                                 "prepared and prints no QR code.")
            .arg(problem.roomCode);
    case PosterProblem::Kind::UrlTooLong:
        return PosterCommand::tr("The form address of room %1 is too long for a QR code that scans at poster size: "
                                 "no code is printed.")
            .arg(problem.roomCode);
    case PosterProblem::Kind::TextShrunk:
        return PosterCommand::tr("The text was made smaller to fit the page.");
    case PosterProblem::Kind::TextCut:
        return problem.roomCode.isEmpty()
                   ? PosterCommand::tr("The title and lead text do not fit the page even at the smallest size: "
                                       "shorten them.")
                   : PosterCommand::tr("The text of room %1 does not fit even at the smallest size: choose A3, "
                                       "fewer rooms or no tear-off strips.")
                         .arg(problem.roomCode);
    }
    return {};
}

} // namespace

int PosterCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rooms"), tr("Room codes, comma-separated, or \"all\" for every room that meets."),
                      tr("CODES")});
    parser.addOption({QStringLiteral("size"), tr("A4 (default) or A3."), tr("SIZE"), QStringLiteral("A4")});
    parser.addOption({QStringLiteral("contact"),
                      tr("The contact the poster is for: its name and referral code go on it."), tr("ID")});
    parser.addOption({QStringLiteral("tear-off"), tr("Add tear-off strips with the room and form address.")});
    parser.addOption({QStringLiteral("title"), tr("The poster's title."), tr("TEXT")});
    parser.addOption({QStringLiteral("lead"), tr("The text under the title."), tr("TEXT")});
    parser.addOption({QStringLiteral("version"), tr("The version printed at the foot."), tr("TEXT")});
    parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), tr("FILE")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QString size = parser.value(QStringLiteral("size")).toUpper();
    if (!parser.isSet(QStringLiteral("rooms")) || !parser.isSet(QStringLiteral("pdf")) ||
        (size != QLatin1String("A4") && size != QLatin1String("A3")) || !parser.positionalArguments().isEmpty()) {
        Console::error(tr("Usage: tsunagu poster --rooms D,N,G [--size A4|A3] [--contact ID] [--tear-off] --pdf FILE"));
        return 2;
    }

    auto rooms = session.rooms().all();
    if (!rooms)
        return storeFailed(session, rooms.error());
    PosterSpec spec;
    spec.size = size == QLatin1String("A3") ? PaperSize::A3 : PaperSize::A4;
    spec.title =
        parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : PosterSpec::defaultTitle();
    spec.lead = parser.isSet(QStringLiteral("lead")) ? parser.value(QStringLiteral("lead")) : PosterSpec::defaultLead();
    spec.tearOff = parser.isSet(QStringLiteral("tear-off"));
    const QDate today = session.clock().now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    spec.version = parser.isSet(QStringLiteral("version"))
                       ? parser.value(QStringLiteral("version"))
                       : QStringLiteral("%1年%2月版").arg(today.year()).arg(today.month());
    const QStringList codes = parser.value(QStringLiteral("rooms")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (codes == QStringList{QStringLiteral("all")}) {
        for (const Room& room : rooms.value()) {
            if (room.status == RoomStatus::Active)
                spec.rooms.append(PosterRoomText::from(room));
        }
    } else {
        for (const QString& code : codes) {
            const auto found = std::find_if(rooms->cbegin(), rooms->cend(),
                                            [&](const Room& room) { return room.code == code.trimmed(); });
            if (found == rooms->cend()) {
                Console::error(tr("There is no room %1 (rooms list shows the codes).").arg(code.trimmed()));
                return 2;
            }
            spec.rooms.append(PosterRoomText::from(*found));
        }
    }
    if (spec.rooms.isEmpty()) {
        Console::error(tr("No room to put on the poster."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("contact"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("contact")).toLongLong(&ok);
        auto contact = session.contacts().find(ok ? id : 0);
        if (!contact) {
            if (contact.error().code != StoreError::NotFound)
                return storeFailed(session, contact.error());
            Console::error(tr("There is no contact %1 (contacts list shows the numbers).")
                               .arg(parser.value(QStringLiteral("contact"))));
            return 2;
        }
        spec.clinicLine = contact->organisation + QStringLiteral("様 掲示用");
        spec.referralCode = contact->referralCode;
    }

    const QString path = parser.value(QStringLiteral("pdf"));
    PosterOutcome outcome;
    const DocumentResult written = PosterPdf::write(path, spec, &outcome);
    if (!written) {
        Console::error(DocumentText::failure(written.error().code, path, written.error().detail));
        return 1;
    }
    for (const PosterProblem& problem : outcome.problems)
        Console::error(problemText(problem));
    Console::out(tr("Wrote a poster of %n room(s) to %1.", nullptr, int(spec.rooms.size())).arg(path));
    return 0;
}

} // namespace tsunagu::app
