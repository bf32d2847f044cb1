// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/MailAccount.h"
#include "mail/imap/ImapSession.h"
#include "mail/net/MailSocket.h"
#include "receiving/IntakeWorker.h"
#include "receiving/SyncReport.h"
#include "storage/Database.h"
#include "storage/SyncStateRepository.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <vector>

namespace tsunagu {

// One sync of one account's mailbox, start to finish, in two phases (IntakeWorker):
//
//   fetch phase: connect → EXAMINE → find what is new → fetch it with BODY.PEEK in pipelined batches → keep each
//                batch as it came, with the new sync state, in one transaction on the worker's thread
//   read phase:  LOGOUT, and meanwhile the kept mail is read a batch at a time (MIME, intake, applicants), each
//                batch stored and forgotten in one transaction
//
// Mail left waiting by an earlier run (stopped between the phases, or `tsunagu sync --fetch-only`) is read first,
// while connecting, so the UIDVALIDITY check below sees every mail. With Options::read false the run ends after
// the fetch phase and the mail waits for the next run. Lives on the GUI thread with its socket (STYLE.md §15).
//
// Never changes the server (ImapSession only reads). Resumable at any byte: the stored state only ever covers
// mail that is kept. A changed UIDVALIDITY (the mailbox was recreated) does not duplicate or lose anything:
// stored mail is found again by Message-ID (or size and Date without one) and given its new UID; only the rest is
// fetched.
class MailboxSync : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 sizeCap = 25 * 1024 * 1024;   // over this only the first sizeCap bytes are fetched
        int batchSize = 1000;                // mails per transaction of the fetch phase …
        qint64 batchBytes = 8 * 1024 * 1024; // … or fewer when they reach this size together
        int readBatchSize = 500;             // mails per transaction of the read phase
        bool read = true;                    // false: end after the fetch phase; the mail waits to be read
        ImapSession::Options session;
    };

    MailboxSync(MailSocketFactory socketFactory, Database& database, const Clock& clock, Options options,
                QObject* parent = nullptr);
    MailboxSync(MailSocketFactory socketFactory, Database& database, const Clock& clock, QObject* parent = nullptr)
        : MailboxSync(std::move(socketFactory), database, clock, Options{}, parent)
    {}
    ~MailboxSync() override;

    // roomCodes: the rooms the account receives for. The password is used for this login only.
    void start(const MailAccount& account, const QStringList& roomCodes, const QString& password);
    // Stops the run; it finishes with ok = false and problem None, and the account's last error is left alone.
    // Destroying a running sync stops it the same way, without finished().
    void cancel();
    bool isRunning() const { return m_running; }

    static MailAccountProblem problemFor(ImapErrorCode code, bool pinned);

Q_SIGNALS:
    void progressed(const tsunagu::SyncProgress& progress);
    void finished(const tsunagu::SyncReport& report);

private:
    // What to fetch, split by the size cap.
    struct Plan
    {
        std::vector<quint32> normal;
        std::vector<quint32> big;
    };

    void examined(const MailboxInfo& box);
    void searchFrom(quint32 first);
    void matchAgain(const std::vector<quint32>& uids);
    // `uids` to download; `kept` (ascending) are above the saved state but stored already.
    void fetchNew(std::vector<quint32> uids, std::vector<quint32> kept);
    Plan plan(const QList<MessageMeta>& wanted, const std::vector<quint32>& stored);
    void fetch(const Plan& plan);
    void fetchBig(const std::vector<quint32>& big);
    void received(FetchedMessage message, qint64 fullSize);
    void markDone(quint32 uid);
    void flush(bool last);
    void workerStaged(int mails);
    void workerRepositioned(int mails);
    void fetchDone();
    void finishWhenStored();
    void readEarlier();
    void requestRead();
    void workerRead(const SyncReport& counts, int mails, bool more);
    void finishWhenDone();
    void fail(MailAccountProblem problem, const QString& detail);
    void failWith(const ImapError& error);
    void ensureWorker();
    void stopWorker();
    int waitingNow() const;
    MailboxSyncState stateNow() const;

    MailSocketFactory m_socketFactory;
    Database& m_database;
    const Clock& m_clock;
    Options m_options;

    QPointer<ImapSession> m_session;
    QThread m_thread;
    IntakeWorker* m_worker = nullptr; // lives in m_thread, deleted when it finishes

    MailAccount m_account;
    QStringList m_roomCodes;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_fetchDone = false;      // every wanted UID was delivered (or is gone)
    bool m_fetchPhaseOver = false; // … and kept: LOGOUT and the read phase have started
    bool m_readDone = false;
    bool m_loggedOut = false;
    int m_waitingBefore = 0; // left waiting by an earlier run, not read yet
    bool m_readingEarlier = false;
    std::optional<MailboxInfo> m_examinedMeanwhile; // EXAMINE answered while earlier mail was being read
    SyncReport m_report;
    SyncProgress m_progress;
    quint32 m_uidValidity = 0;
    quint32 m_storedUpTo = 0;          // the state's highest UID before this run
    std::vector<quint32> m_wanted;     // ascending
    QSet<quint32> m_done;              // delivered (or gone from the server)
    size_t m_contiguous = 0;           // m_wanted[0 .. m_contiguous) are all done
    QHash<quint32, qint64> m_bigSizes; // over the cap: the size on the server
    std::vector<quint32> m_reachedCap; // fetched up to the cap before the size was known
    QVector<FetchedMail> m_batch;
    qint64 m_batchBytes = 0;
    int m_batchesInFlight = 0;
    std::optional<quint64> m_highestModSeq;
    std::optional<quint64> m_storedModSeq; // what the last run saw: flags changed only when it moved
    struct ServerFailure
    {
        MailAccountProblem problem;
        QString detail;
    };
    std::optional<ServerFailure> m_serverFailure; // the server was lost; the run ends once the kept mail is read
};

} // namespace tsunagu
