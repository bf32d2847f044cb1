// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "Console.h"
#include "Session.h"
#include "storage/AuditReader.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace tsunagu::app {

int AuditCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption(
        {QStringLiteral("since"), tr("Only entries on or after DATE (YYYY-MM-DD, Japan time)."), tr("DATE")});
    parser.addPositionalArgument(QStringLiteral("list"), tr("What to do."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        Console::error(tr("Usage: tsunagu audit list [--json] [--since DATE]"));
        return 2;
    }
    QDateTime since;
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!day.isValid()) {
            Console::error(
                tr("\"%1\" is not a date: write it as 2026-12-01.").arg(parser.value(QStringLiteral("since"))));
            return 2;
        }
        since = QDateTime(day, QTime(0, 0), QTimeZone("Asia/Tokyo"));
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    // Machine-readable lines have stable keys and are never translated; the log holds ids, never names or text.
    if (json)
        Console::stream("[");
    qint64 written = 0;
    auto listed = AuditReader(session.profile().database()).each(since, [&](const AuditLine& line) {
        const AuditEntry& e = line.entry;
        if (json) {
            const QJsonObject o{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("host"), line.hostName.isEmpty() ? QJsonValue() : QJsonValue(line.hostName)},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("subjectKind"), e.subjectKind.isEmpty() ? QJsonValue() : QJsonValue(e.subjectKind)},
                {QStringLiteral("subjectId"), e.subjectId > 0 ? QJsonValue(e.subjectId) : QJsonValue()},
                {QStringLiteral("detail"), e.detail},
            };
            Console::stream((written == 0 ? QByteArrayLiteral("\n  ") : QByteArrayLiteral(",\n  ")) +
                            QJsonDocument(o).toJson(QJsonDocument::Compact));
        } else {
            const QString subject =
                e.subjectId > 0 ? QStringLiteral("%1 #%2").arg(e.subjectKind).arg(e.subjectId) : QStringLiteral("-");
            Console::stream(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                                .arg(DisplayText::dateTime(e.at), e.action, subject,
                                     line.hostName.isEmpty() ? QStringLiteral("-") : line.hostName, e.detail)
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
    return 0;
}

} // namespace tsunagu::app
