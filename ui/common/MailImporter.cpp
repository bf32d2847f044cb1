// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MailImporter.h"

#include "text/ErrorText.h"
#include "text/MailFileText.h"

#include <QThread>

namespace tsunagu::ui {

MailImporter::MailImporter(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("mail-import"));
    m_worker = new FileImportWorker(std::move(databasePath), clock);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FileImportWorker::progressed, this, &MailImporter::progressed);
    connect(m_worker, &FileImportWorker::finished, this, [this](const FileImportReport& report) {
        m_busy = false;
        Q_EMIT finished(report);
    });
    connect(m_worker, &FileImportWorker::failed, this, [this](StoreError error, const QString&) {
        m_busy = false;
        Q_EMIT failed(ErrorText::title(error));
    });
    m_thread->start(QThread::LowPriority);
}

MailImporter::~MailImporter()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
}

bool MailImporter::start(const QStringList& paths)
{
    if (m_busy)
        return false;
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, paths] { worker->importFiles(paths, IntakeSource{}); });
    return true;
}

void MailImporter::cancel()
{
    m_worker->cancel();
}

QString MailImporter::summary(const FileImportReport& report)
{
    QStringList lines;
    if (report.taken() > 0) {
        QStringList parts;
        if (report.newApplicants > 0)
            parts << tr("%n new application(s)", nullptr, report.newApplicants);
        if (report.duplicates > 0)
            parts << tr("%n application(s) from an address already known", nullptr, report.duplicates);
        if (report.replies > 0)
            parts << tr("%n reply(ies) from applicants", nullptr, report.replies);
        lines << tr("Imported %n mail(s).", nullptr, report.taken()) +
                     (parts.isEmpty() ? QString() : QLatin1Char(' ') + parts.join(tr(", ")) + tr("."));
        const int notApplications = report.unclassified + report.spam;
        if (notApplications > 0) {
            QString line = tr("%n of them are not applications", nullptr, notApplications);
            QStringList kinds;
            if (report.unclassified > 0)
                kinds << tr("%n to look at in Unclassified", nullptr, report.unclassified);
            if (report.spam > 0)
                kinds << tr("%n spam", nullptr, report.spam);
            lines << line + tr(" (%1).").arg(kinds.join(tr(", ")));
        }
    } else {
        lines << tr("No new mail was imported.");
    }
    if (report.alreadyKnown > 0)
        lines << tr("%n mail(s) had been imported before and were skipped.", nullptr, report.alreadyKnown);
    if (!report.refused.isEmpty()) {
        lines << tr("%n file(s) refused:", nullptr, int(report.refused.size()));
        for (const FileImportReport::Refusal& refusal : report.refused) {
            const QString reason = refusal.storeError
                                       ? refusal.fileName + QStringLiteral(": ") + ErrorText::title(*refusal.storeError)
                                       : MailFileText::problem(refusal.problem, refusal.fileName);
            lines << tr("- %1").arg(reason);
        }
    }
    if (report.cancelled)
        lines << tr("Cancelled: %n file(s) were not read. What was imported before the cancel stays.", nullptr,
                    report.notRead);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tsunagu::ui
