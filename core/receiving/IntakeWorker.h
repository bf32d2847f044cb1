// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "intake/IntakePipeline.h"
#include "receiving/SyncReport.h"
#include "storage/Database.h"
#include "storage/FetchedMailRepository.h"
#include "storage/SyncStateRepository.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace tsunagu {

// The store side of a sync, on a worker thread (STYLE.md §15): SQLite, MIME decoding and intake never run on the
// GUI thread. It opens its own connection to the profile's database in its thread.
//
// Two phases, as a mail client downloads first and indexes after. Fetch phase (stage()): each batch of downloaded
// mail is kept exactly as it came (table fetched_mail), with the mailbox's new sync state, in one transaction, and
// nothing is parsed or hashed, so storing keeps up with the network. Read phase (readNext()): the waiting mails
// are read in the order they were fetched, a batch at a time, on the thread pool; what they became (messages,
// applicants) is stored through IntakePipeline and the batch is forgotten in the same transaction. A crash or a
// dropped connection at any point resumes with nothing lost and nothing taken in twice.
class IntakeWorker : public QObject
{
    Q_OBJECT
public:
    IntakeWorker(QString databasePath, const Clock& clock, IntakeSource source);
    ~IntakeWorker() override;

    // From any thread: readNext() does nothing from now on (the run is stopping; stage() still keeps its batch).
    void stopReading() { m_stopped = true; }

public Q_SLOTS:
    // Keeps `mails` and `stateAfter` in one transaction; on failure nothing of the batch is kept.
    void stage(const QVector<tsunagu::FetchedMail>& mails, const tsunagu::MailboxSyncState& stateAfter);
    // Reads up to `batchSize` waiting mails of the mailbox, stores what they became and forgets them, in one
    // transaction. The following batch is read ahead on the thread pool meanwhile.
    void readNext(int batchSize);
    // After a UIDVALIDITY change: stored mail found again gets its new position, with the new state, in one
    // transaction.
    void reposition(const QVector<QPair<qint64, quint32>>& messageToUid, const tsunagu::MailboxSyncState& stateAfter);

Q_SIGNALS:
    void staged(int mails);
    // `mails` were read (0: none was waiting); `more`: others wait after them.
    void read(const tsunagu::SyncReport& counts, int mails, bool more);
    void repositioned(int mails);
    // `code` tells a full disk (StoreError::DiskFull) from other failures; `detail` is technical.
    void failed(tsunagu::StoreError code, const QString& detail);

private:
    // Part of a batch as read on the pool.
    struct Read
    {
        QVector<PreparedMail> mails;
        bool unopened = false; // a sealed waiting mail did not open: nothing of the part was read
    };
    // A batch of waiting mails and its reading, under way on the thread pool.
    struct Reading
    {
        QVector<WaitingMail> mails;
        QFuture<Read> firstHalf;
        QFuture<Read> secondHalf;
    };

    static Read readMails(const std::shared_ptr<const IntakeReader>& reader, const crypto::Sealer* sealer,
                          const IntakeSource& source, const QVector<WaitingMail>& mails, qsizetype from, qsizetype to);

    bool open();
    // The waiting mails after id `afterId`, their reading started (none: nothing waits).
    StoreResult<Reading> startReading(qint64 afterId, int batchSize);

    QString m_databasePath;
    const Clock& m_clock;
    IntakeSource m_source;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IntakePipeline> m_pipeline;
    std::optional<Reading> m_ahead;
    std::atomic<bool> m_stopped = false;
    // The threads that read mails, made by this worker's thread and so scheduled as it is (in the window, below
    // the GUI thread), not the application's global pool, which the window's own loaders share. Last, so that it
    // is gone before the reader it runs.
    QThreadPool m_readers;
};

} // namespace tsunagu
