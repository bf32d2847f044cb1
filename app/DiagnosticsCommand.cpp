// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsCommand.h"

#include "Console.h"
#include "Session.h"
#include "diagnostics/DiagnosticsReport.h"
#include "diagnostics/LogRing.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>

namespace tsunagu::app {

int DiagnosticsCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to write (JSON text); - for the terminal."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        Console::error(tr("Name the one file to write: tsunagu diagnostics FILE"));
        return 2;
    }
    DiagnosticsReport::Input input;
    input.tsunaguVersion = QCoreApplication::applicationVersion();
    input.uiStatePath = session.profile().uiStatePath();
    input.logLines = LogRing::lines();
    input.now = session.clock().now();
    auto report = DiagnosticsReport::build(session.profile().database(), session.clock(), input);
    if (!report) {
        Console::error(ErrorText::title(report.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(report.error().code, session.profile().directory()));
        return 1;
    }
    const QByteArray text = DiagnosticsReport::toText(report.value());
    const QString target = parser.positionalArguments().first();
    if (target == QLatin1String("-")) {
        Console::stream(text);
        Console::flushOut();
        return 0;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        Console::error(tr("The diagnostics file %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(target), file.errorString()));
        return 1;
    }
    Console::out(tr("Diagnostics written to %1. It holds versions, counts and settings, and no applicant's data: "
                    "you may attach it to a bug report.")
                     .arg(QDir::toNativeSeparators(target)));
    return 0;
}

} // namespace tsunagu::app
