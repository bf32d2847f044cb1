// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DiagnosticsExport.h"

#include "diagnostics/DiagnosticsReport.h"
#include "diagnostics/LogRing.h"
#include "text/ErrorText.h"

#include <QDir>
#include <QSaveFile>

namespace tsunagu::ui {

void DiagnosticsExport::save(UiServices& services, QWidget* parent)
{
    const QString title = tr("Save diagnostics");
    const QString file = services.prompter.chooseSaveFile(parent, title, QStringLiteral("tsunagu-diagnostics.json"),
                                                          tr("Diagnostics (*.json)"));
    if (file.isEmpty())
        return;
    DiagnosticsReport::Input input;
    input.tsunaguVersion = QCoreApplication::applicationVersion();
    input.uiStatePath = services.uiStatePath;
    input.logLines = LogRing::lines();
    input.now = services.clock.now();
    // Counts with aggregate queries and a few settings: milliseconds even for a large profile.
    auto report = DiagnosticsReport::build(services.database, services.clock, input);
    if (!report) {
        services.prompter.inform(parent, title, ErrorText::explanation(report.error().code, services.profileDirectory));
        return;
    }
    const QByteArray text = DiagnosticsReport::toText(report.value());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        services.prompter.inform(parent, title,
                                 tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return;
    }
    services.prompter.inform(parent, title,
                             tr("Saved to %1. It holds version numbers, how many rows each table has, settings "
                                "without secrets, the mail servers' addresses (no user names) and recent log lines "
                                "— nothing about applicants. You may attach it to a bug report.")
                                 .arg(QDir::toNativeSeparators(file)));
}

} // namespace tsunagu::ui
