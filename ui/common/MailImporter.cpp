// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MailImporter.h"

#include "common/MailFile.h"
#include "text/ErrorText.h"
#include "text/MailFileText.h"

#include <QFile>
#include <QFileInfo>

namespace tsunagu::ui {

MailImporter::Report MailImporter::importFiles(const QStringList& paths)
{
    Report report;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        // Refused before reading: over the size cap, a FIFO or a device, empty, not a mail.
        auto bytes = MailFile::read(path);
        if (!bytes) {
            report.failures << MailFileText::problem(bytes.error().code, name);
            continue;
        }
        auto result = m_intake.take(bytes.value(), IntakeSource{});
        if (!result) {
            report.failures << name + QStringLiteral(": ") + ErrorText::title(result.error().code);
            continue;
        }
        switch (result->outcome) {
        case IntakeOutcome::NewApplicant:
            ++report.newApplicants;
            break;
        case IntakeOutcome::DuplicateApplicant:
            ++report.duplicates;
            break;
        case IntakeOutcome::ReplyAttached:
            ++report.replies;
            break;
        case IntakeOutcome::Unclassified:
            ++report.unclassified;
            break;
        case IntakeOutcome::Spam:
            ++report.spam;
            break;
        case IntakeOutcome::AlreadyKnown:
            ++report.alreadyKnown;
            break;
        }
    }
    return report;
}

QString MailImporter::Report::summary() const
{
    QStringList parts;
    if (newApplicants > 0)
        parts << tr("%n new application(s)", nullptr, newApplicants);
    if (duplicates > 0)
        parts << tr("%n application(s) from an address already known", nullptr, duplicates);
    if (replies > 0)
        parts << tr("%n reply(ies) from applicants", nullptr, replies);
    if (unclassified > 0)
        parts << tr("%n mail(s) to look at (unclassified)", nullptr, unclassified);
    if (spam > 0)
        parts << tr("%n spam mail(s)", nullptr, spam);
    QString text = taken() > 0 ? tr("Imported %n mail(s): ", nullptr, taken()) + parts.join(tr(", ")) + tr(".")
                               : tr("No new mail was imported.");
    if (alreadyKnown > 0)
        text += QLatin1Char(' ') + tr("%n mail(s) had been imported before and were skipped.", nullptr, alreadyKnown);
    if (!failures.isEmpty())
        text += QLatin1Char('\n') + tr("Not imported:") + QLatin1Char('\n') + failures.join(QLatin1Char('\n'));
    return text;
}

} // namespace tsunagu::ui
