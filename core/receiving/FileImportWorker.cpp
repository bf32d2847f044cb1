// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/FileImportWorker.h"

#include <QFileInfo>

#include <utility>

namespace tsunagu {

FileImportWorker::FileImportWorker(QString databasePath, const Clock& clock)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
    qRegisterMetaType<FileImportReport>();
    qRegisterMetaType<StoreError>();
}

FileImportWorker::~FileImportWorker() = default;

bool FileImportWorker::open(const IntakeSource& source)
{
    if (!m_database) {
        // The window's connection checked the file when the profile was opened; this one only connects.
        Database::Options options;
        options.checkIntegrity = false;
        auto database = Database::open(m_databasePath, options);
        if (!database) {
            Q_EMIT failed(database.error().code, database.error().detail);
            return false;
        }
        m_database = std::move(database.value());
        m_pipeline = std::make_unique<IntakePipeline>(*m_database, m_clock);
    }
    // Rooms and their form labels read once for the whole run, not for every file.
    auto prepared = m_pipeline->prepareForMany(source);
    if (!prepared) {
        Q_EMIT failed(prepared.error().code, prepared.error().detail);
        return false;
    }
    return true;
}

void FileImportWorker::importFiles(const QStringList& paths, const IntakeSource& source)
{
    m_cancelled = false;
    if (!open(source))
        return;
    FileImportReport report;
    const int total = int(paths.size());
    for (int i = 0; i < total; ++i) {
        if (m_cancelled) {
            report.cancelled = true;
            report.notRead = total - i;
            break;
        }
        importOne(paths.at(i), source, report);
        Q_EMIT progressed(i + 1, total);
    }
    Q_EMIT finished(report);
}

void FileImportWorker::importOne(const QString& path, const IntakeSource& source, FileImportReport& report)
{
    const QString name = QFileInfo(path).fileName();
    // Refused before reading: over the size cap, a FIFO or a device, empty, not a mail.
    auto bytes = MailFile::read(path);
    if (!bytes) {
        report.refused.append({name, bytes.error().code, std::nullopt});
        return;
    }
    // take() stores the mail and what it became in one transaction: a failure keeps nothing of this file.
    auto result = m_pipeline->take(bytes.value(), source);
    if (!result) {
        report.refused.append({name, MailFileProblem::None, result.error().code});
        return;
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

} // namespace tsunagu
