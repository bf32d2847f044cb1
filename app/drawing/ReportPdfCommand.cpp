// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawing/ReportPdfCommand.h"

#include "Console.h"
#include "Session.h"
#include "attendance/AttendanceReport.h"
#include "documents/ReportDocument.h"
#include "text/DocumentText.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace tsunagu::app {
namespace {

// The chart shows every meeting up to this many (ten years of a weekly meeting in one room fit easily).
constexpr int s_chartMeetings = 5000;

int storeFailed(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
    return 1;
}

} // namespace

int ReportPdfCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("room"), tr("The room (CODE), or all."), tr("CODE")});
    parser.addOption({QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), tr("FILE")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || parser.value(QStringLiteral("pdf")).isEmpty() ||
        !parser.positionalArguments().isEmpty()) {
        Console::error(tr("Usage: tsunagu report --room CODE|all --from DATE --to DATE --pdf FILE (dates such as "
                          "2026-12-01)"));
        return 2;
    }
    if (to < from) {
        Console::error(tr("--to is before --from."));
        return 2;
    }
    const QString code = parser.value(QStringLiteral("room"));
    Room room;
    if (!code.isEmpty() && code != QLatin1String("all")) {
        auto found = session.rooms().byCode(code);
        if (!found) {
            if (found.error().code != StoreError::NotFound)
                return storeFailed(session, found.error());
            Console::error(tr("There is no room with the code %1.").arg(code));
            return 2;
        }
        room = found.value();
    }
    auto report =
        AttendanceReportBuilder(session.profile().database()).build(room.id, room.code, from, to, s_chartMeetings);
    if (!report)
        return storeFailed(session, report.error());
    const QString path = parser.value(QStringLiteral("pdf"));
    const QDate issued = session.clock().now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    const DocumentResult written = ReportDocument::writePdf(path, report.value(), issued);
    if (!written) {
        Console::error(DocumentText::failure(written.error().code, path, written.error().detail));
        return 1;
    }
    Console::out(tr("Wrote the report of %n meeting(s) to %1.", nullptr, report->totals.meetingsHeld).arg(path));
    return 0;
}

} // namespace tsunagu::app
