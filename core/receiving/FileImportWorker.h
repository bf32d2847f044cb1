// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/MailFile.h"
#include "intake/IntakePipeline.h"
#include "storage/Database.h"
#include "storage/StoreError.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace tsunagu {

// What came of importing mail files: counts by outcome and, for each file refused, why.
struct FileImportReport
{
    struct Refusal
    {
        QString fileName;
        MailFileProblem problem = MailFileProblem::None; // None: read, but the store refused it (storeError)
        std::optional<StoreError> storeError;
    };

    int newApplicants = 0;
    int duplicates = 0;
    int replies = 0;
    int unclassified = 0;
    int spam = 0;
    int alreadyKnown = 0;
    QVector<Refusal> refused;
    int notRead = 0; // left untouched because the host cancelled
    bool cancelled = false;

    int taken() const { return newApplicants + duplicates + replies + unclassified + spam; }
    // Applicants were added or changed (a new one, a duplicate flagged, a reply attached).
    bool applicantsChanged() const { return newApplicants + duplicates + replies > 0; }
};

// Imports mail files on a worker thread (STYLE.md §15): reading a file, MIME, intake and SQLite never run on the GUI
// thread, which only sees progress. Each file is stored in a transaction of its own, so a cancel keeps every file
// already imported and leaves the rest untouched. It opens its own connection to the profile's database in its
// thread, as IntakeWorker does.
class FileImportWorker : public QObject
{
    Q_OBJECT
public:
    FileImportWorker(QString databasePath, const Clock& clock);
    ~FileImportWorker() override;

    // From any thread: the file being imported is finished, the others are not read.
    void cancel() { m_cancelled = true; }

    // Runs in the worker's thread (call it there, e.g. with QMetaObject::invokeMethod); progress and the end come
    // as signals.
    void importFiles(const QStringList& paths, const tsunagu::IntakeSource& source);

Q_SIGNALS:
    // `done` of `total` files are through (imported or refused).
    void progressed(int done, int total);
    void finished(const tsunagu::FileImportReport& report);
    // The profile could not be opened on this thread: nothing was imported.
    void failed(tsunagu::StoreError error, const QString& detail);

private:
    bool open(const IntakeSource& source);
    void importOne(const QString& path, const IntakeSource& source, FileImportReport& report);

    QString m_databasePath;
    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IntakePipeline> m_pipeline;
    std::atomic<bool> m_cancelled = false;
};

} // namespace tsunagu

Q_DECLARE_METATYPE(tsunagu::FileImportReport)
