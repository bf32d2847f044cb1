// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "receiving/FileImportWorker.h"

#include <QObject>
#include <QStringList>

class QThread;

namespace tsunagu::ui {

// Imports mail files through intake on a worker thread of its own, so the window keeps answering, and sums up in
// words what came of them. One run at a time; a run can be cancelled between two files.
class MailImporter : public QObject
{
    Q_OBJECT

public:
    MailImporter(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    // Cancels a run under way (the file being read is finished) and waits for the thread.
    ~MailImporter() override;

    bool busy() const { return m_busy; }
    // Starts a run; refused (false) while one is under way.
    bool start(const QStringList& paths);
    void cancel();

    // What came of a run, in the host's language: how many were taken, how many of them are not applications,
    // which files were refused and why, and what a cancel left untouched.
    static QString summary(const FileImportReport& report);

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const tsunagu::FileImportReport& report);
    // Nothing was imported: the profile could not be opened for it (in words).
    void failed(const QString& message);

private:
    QThread* m_thread = nullptr;
    FileImportWorker* m_worker = nullptr; // lives in m_thread, deleted there when it ends
    bool m_busy = false;
};

} // namespace tsunagu::ui
