// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/MailboxSync.h"
#include "storage/RetentionRepository.h"

#include "mail/account/AccountEndpoints.h"

#include "receiving/AnsweredElsewhere.h"
#include "receiving/StoreProblem.h"
#include "receiving/SyncLog.h"

#include "mail/mime/MimeParser.h"
#include "storage/FetchedMailRepository.h"
#include "storage/KeptPositions.h"
#include "storage/MailAccountRepository.h"
#include "storage/MessageRepository.h"

#include <QHash>
#include <QMetaObject>

#include <algorithm>
#include <iterator>
#include <utility>

namespace tsunagu {

MailboxSync::MailboxSync(MailSocketFactory socketFactory, Database& database, const Clock& clock, Options options,
                         QObject* parent)
    : QObject(parent)
    , m_socketFactory(std::move(socketFactory))
    , m_database(database)
    , m_clock(clock)
    , m_options(options)
{
    qRegisterMetaType<QVector<FetchedMail>>();
    qRegisterMetaType<MailboxSyncState>();
    qRegisterMetaType<SyncReport>();
}

MailboxSync::~MailboxSync()
{
    // Stopped by the app (window closed, account removed): not a problem of the account, nothing recorded. What
    // is stored stays stored; the rest is fetched next time.
    m_running = false;
    if (m_session)
        m_session->abort();
    stopWorker();
}

MailAccountProblem MailboxSync::problemFor(ImapErrorCode code, bool pinned)
{
    switch (code) {
    case ImapErrorCode::Unreachable:
    case ImapErrorCode::Timeout:
    case ImapErrorCode::Dropped:
    case ImapErrorCode::TlsFailed:
        return MailAccountProblem::CannotConnect;
    case ImapErrorCode::TlsUntrusted:
        return pinned ? MailAccountProblem::CertificateChanged : MailAccountProblem::TlsUntrusted;
    case ImapErrorCode::AuthenticationFailed:
        return MailAccountProblem::LoginFailed;
    case ImapErrorCode::MailboxMissing:
        return MailAccountProblem::MailboxMissing;
    case ImapErrorCode::CaFileUnreadable:
        return MailAccountProblem::CaFileUnreadable;
    case ImapErrorCode::OverQuota:
    case ImapErrorCode::Refused:
        return MailAccountProblem::ServerRefused;
    case ImapErrorCode::StartTlsUnavailable:
    case ImapErrorCode::PlainNotAllowed:
    case ImapErrorCode::Protocol:
    case ImapErrorCode::NotConnected:
        return MailAccountProblem::Other;
    }
    return MailAccountProblem::Other;
}

void MailboxSync::start(const MailAccount& account, const QStringList& roomCodes, const QString& password)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_fetchDone = false;
    m_fetchPhaseOver = false;
    m_readDone = false;
    m_loggedOut = false;
    m_readingEarlier = false;
    m_examinedMeanwhile.reset();
    m_account = account;
    m_report = SyncReport{};
    m_progress = SyncProgress{};
    m_wanted.clear();
    m_done.clear();
    m_contiguous = 0;
    m_bigSizes.clear();
    m_reachedCap.clear();
    m_batch.clear();
    m_batchBytes = 0;
    m_batchesInFlight = 0;
    m_highestModSeq.reset();
    m_storedModSeq.reset();
    m_serverFailure.reset();

    m_roomCodes = roomCodes;

    auto waiting = FetchedMailRepository(m_database).count(account.id, account.folder);
    if (!waiting) {
        // Not from inside start(): the caller has not seen it return yet.
        QMetaObject::invokeMethod(
            this,
            [this, failure = waiting.error()] {
                fail(storeProblem(failure.code), QStringLiteral("store: ") + failure.detail);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waitingBefore = waiting.value();
    if (m_options.read && m_waitingBefore > 0) {
        readEarlier(); // while connecting
        if (!m_running)
            return; // stopped by a listener
    }

    m_session = new ImapSession(m_socketFactory, m_options.session, this);
    m_session->connectToServer(imapEndpoint(account), password, [this](ImapResult<ImapServerInfo> connected) {
        if (!connected)
            return failWith(connected.error());
        m_session->examine(m_account.folder, [this](ImapResult<MailboxInfo> box) {
            if (!box)
                return failWith(box.error());
            examined(box.value());
        });
    });
}

void MailboxSync::cancel()
{
    if (!m_running)
        return;
    // The host's choice, not a problem of the account: reported, not recorded as the account's last error.
    m_cancelled = true;
    fail(MailAccountProblem::None, QStringLiteral("cancelled"));
}

void MailboxSync::examined(const MailboxInfo& box)
{
    if (m_readingEarlier) {
        m_examinedMeanwhile = box; // taken up when the earlier mail is read
        return;
    }
    m_uidValidity = box.uidValidity;
    m_report.onServer = int(box.exists);
    m_highestModSeq = box.highestModSeq;
    SyncStateRepository states(m_database);
    auto state = states.find(m_account.id, m_account.folder);
    if (!state)
        return fail(storeProblem(state.error().code), state.error().detail);
    if (state.value() && state.value()->uidValidity == box.uidValidity) {
        m_storedUpTo = state.value()->highestUid;
        m_storedModSeq = state.value()->highestModSeq;
        // Nothing new: UIDNEXT says so without a search (RFC 3501 §2.3.1.1).
        if (box.uidNext != 0 && box.uidNext <= m_storedUpTo + 1)
            return fetchDone();
        return searchFrom(m_storedUpTo + 1);
    }
    m_storedUpTo = 0;
    if (state.value()) {
        if (m_waitingBefore > 0) {
            // Matching again looks at stored messages: mail still waiting from an earlier run is read first.
            m_examinedMeanwhile = box;
            return readEarlier();
        }
        // The mailbox was recreated (or restored): its old UIDs mean nothing now.
        m_report.uidValidityChanged = true;
        m_session->searchUidsFrom(1, [this](ImapResult<std::vector<quint32>> uids) {
            if (!uids)
                return failWith(uids.error());
            matchAgain(uids.value());
        });
        return;
    }
    searchFrom(1);
}

void MailboxSync::searchFrom(quint32 first)
{
    m_session->searchUidsFrom(first, [this, first](ImapResult<std::vector<quint32>> uids) {
        if (!uids)
            return failWith(uids.error());
        // A run cut or killed between storing a batch and its state catching up (mail over the size cap holds the
        // state back until it is fetched last) leaves mail above the saved UID that is kept already: counted as
        // done, not downloaded again.
        KeptPositions positions(m_database);
        auto kept = positions.uidsAbove(m_account.id, m_account.folder, m_uidValidity, first - 1);
        if (!kept)
            return fail(storeProblem(kept.error().code), kept.error().detail);
        std::vector<quint32> found = std::move(uids.value());
        std::sort(found.begin(), found.end());
        std::vector<quint32> fresh;
        std::set_difference(found.begin(), found.end(), kept->begin(), kept->end(), std::back_inserter(fresh));
        fetchNew(std::move(fresh), std::move(kept.value()));
    });
}

void MailboxSync::matchAgain(const std::vector<quint32>& uids)
{
    m_session->fetchMeta(uids, [this](ImapResult<QList<MessageMeta>> metas) {
        if (!metas)
            return failWith(metas.error());
        MessageRepository messages(m_database);
        auto copies = messages.serverCopies(m_account.id, m_account.folder);
        if (!copies)
            return fail(storeProblem(copies.error().code), copies.error().detail);
        // Found again by Message-ID. Mail without one is fetched again and recognised by its content (SHA-256),
        // so it is not stored twice either.
        QHash<QString, qint64> stored;
        for (const MessageRepository::ServerCopy& copy : copies.value()) {
            if (!copy.messageId.isEmpty())
                stored.insert(copy.messageId, copy.id);
        }
        QVector<QPair<qint64, quint32>> found;
        std::vector<quint32> matched;
        QList<MessageMeta> wanted;
        for (const MessageMeta& meta : metas.value()) {
            const QString id = MimeParser::messageIdOf(meta.messageId);
            const auto hit = id.isEmpty() ? stored.constEnd() : stored.constFind(id);
            if (hit != stored.constEnd()) {
                found.append({hit.value(), meta.uid});
                matched.push_back(meta.uid);
                stored.erase(hit);
            } else {
                wanted.append(meta);
            }
        }
        m_report.rematched = 0; // counted when the worker has stored the new positions
        const Plan planned = plan(wanted, matched);
        ensureWorker();
        // The new positions go first, with a state that covers only them; fetch() may already end the run.
        ++m_batchesInFlight;
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker, found, state = stateNow()] { worker->reposition(found, state); });
        fetch(planned);
    });
}

// The fetch phase is over when everything fetched is kept: the server is left, and the kept mail is read.
void MailboxSync::finishWhenStored()
{
    if (!m_running || !m_fetchDone || m_batchesInFlight > 0 || m_fetchPhaseOver)
        return;
    m_fetchPhaseOver = true;
    if (!m_serverFailure) {
        MailAccountRepository accounts(m_database, m_clock);
        // Best effort: a stale "last error" is replaced by the next run's outcome.
        (void)accounts.clearLastError(m_account.id);
    }
    if (m_session && !m_serverFailure) {
        // Replies sent from another mail program: the flags of the waiting applications are asked for, unless
        // CONDSTORE says no flag in the mailbox changed since the last run (RFC 7162 §3.1.2).
        const bool flagsMayHaveChanged = !m_highestModSeq || !m_storedModSeq || *m_highestModSeq != *m_storedModSeq;
        auto logout = [this] {
            // A clean LOGOUT counts as part of the run: the server closes the mailbox while the mail is read.
            m_session->logout([this](ImapDone) {
                m_loggedOut = true;
                finishWhenDone();
            });
        };
        if (flagsMayHaveChanged && m_uidValidity != 0) {
            AnsweredElsewhere::check(*m_session, m_database, m_clock, m_account, m_uidValidity,
                                     [this, logout](int noticed) {
                                         if (!m_running || !m_session)
                                             return;
                                         m_report.answeredElsewhere = noticed;
                                         logout();
                                     });
        } else {
            logout();
        }
    } else {
        m_loggedOut = true;
    }
    if (m_options.read && m_progress.stored > 0) {
        m_progress.reading = true;
        m_progress.toRead += m_progress.stored;
        Q_EMIT progressed(m_progress);
        if (!m_running)
            return; // stopped by a listener
        requestRead();
    } else {
        m_readDone = true;
    }
    finishWhenDone();
}

// Mail left waiting by an earlier run, read before anything is fetched.
void MailboxSync::readEarlier()
{
    m_readingEarlier = true;
    m_progress.reading = true;
    m_progress.toRead = m_waitingBefore;
    Q_EMIT progressed(m_progress);
    if (!m_running)
        return; // stopped by a listener
    ensureWorker();
    requestRead();
}

void MailboxSync::requestRead()
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, size = m_options.readBatchSize] { worker->readNext(size); });
}

void MailboxSync::workerRead(const SyncReport& counts, int mails, bool more)
{
    if (!m_running)
        return;
    m_report.read += counts.read;
    m_report.applications += counts.applications;
    m_report.duplicates += counts.duplicates;
    m_report.replies += counts.replies;
    m_report.unclassified += counts.unclassified;
    m_report.spam += counts.spam;
    m_report.alreadyKnown += counts.alreadyKnown;
    m_report.overCap += counts.overCap;
    m_progress.read += mails;
    m_progress.reading = more;
    Q_EMIT progressed(m_progress);
    if (!m_running)
        return; // stopped by a listener
    if (more)
        return requestRead();
    if (m_readingEarlier) {
        m_readingEarlier = false;
        m_waitingBefore = 0;
        if (m_serverFailure)
            return finishWhenStored();
        if (m_examinedMeanwhile) {
            const MailboxInfo box = *m_examinedMeanwhile;
            m_examinedMeanwhile.reset();
            examined(box);
        }
        return;
    }
    m_readDone = true;
    finishWhenDone();
}

void MailboxSync::finishWhenDone()
{
    if (!m_running || !m_fetchPhaseOver || !m_readDone || !m_loggedOut)
        return;
    if (m_serverFailure) {
        const ServerFailure failure = *m_serverFailure;
        return fail(failure.problem, failure.detail);
    }
    m_running = false;
    m_report.ok = true;
    stopWorker();
    m_report.waiting = waitingNow();
    // Each room's retention: texts whose time is over go now, also those of mail this run just read.
    if (auto swept = RetentionRepository(m_database, m_clock).sweep(); !swept)
        qCWarning(lcSync) << "retention sweep failed:" << int(swept.error().code);
    else if (swept->applicants > 0)
        qCInfo(lcSync) << "retention: texts of" << swept->applicants << "applicants deleted";
    m_report.finishedAt = m_clock.now();
    qCInfo(lcSync) << "sync finished: on server" << m_report.onServer << "fetched" << m_report.fetched << "read"
                   << m_report.read << "waiting" << m_report.waiting << "applications" << m_report.applications
                   << "replies" << m_report.replies << "unclassified" << m_report.unclassified << "spam"
                   << m_report.spam << "already known" << m_report.alreadyKnown << "over cap" << m_report.overCap;
    Q_EMIT finished(m_report);
}

int MailboxSync::waitingNow() const
{
    auto waiting = FetchedMailRepository(m_database).count(m_account.id, m_account.folder);
    return waiting ? waiting.value() : 0;
}

void MailboxSync::failWith(const ImapError& error)
{
    // Once the server is lost, the other operations the connection still had end here too, with its abort.
    if (!m_running || m_serverFailure)
        return;
    const bool pinned = !m_account.pinnedSha256.isEmpty();
    if (error.code == ImapErrorCode::TlsUntrusted && m_session && m_session->rejectedCertificate())
        m_report.certificate = *m_session->rejectedCertificate();
    const MailAccountProblem problem = problemFor(error.code, pinned);
    if (!m_options.read)
        return fail(problem, error.detail);
    // The server is lost for this run, but what already reached the computer is still read: mail kept by an earlier
    // run or by this one before the connection failed. A host who is offline, or whose password changed, still sees
    // every application that was downloaded. The run then ends with the server's problem. Mail received after the
    // last kept batch is dropped: the sync state does not cover it, so the next run fetches it again.
    m_serverFailure = ServerFailure{problem, error.detail};
    if (m_session)
        m_session->abort();
    m_loggedOut = true;
    m_fetchDone = true;
    m_batch.clear();
    m_batchBytes = 0;
    m_examinedMeanwhile.reset();
    if (m_readingEarlier)
        return; // the end of that reading ends the run
    if (!m_fetchPhaseOver)
        return finishWhenStored();
    finishWhenDone();
}

void MailboxSync::fail(MailAccountProblem problem, const QString& detail)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_session)
        m_session->abort();
    // What is kept stays kept: the worker finishes the batch it has; the rest is fetched or read next time.
    stopWorker();
    m_report.waiting = waitingNow();
    m_report.ok = false;
    m_report.problem = problem;
    m_report.detail = detail;
    m_report.finishedAt = m_clock.now();
    if (!m_cancelled) {
        MailAccountRepository accounts(m_database, m_clock);
        // Best effort: the report carries the problem to the caller whether or not it is stored.
        (void)accounts.setLastError(m_account.id, problem, detail);
    }
    qCInfo(lcSync) << "sync failed: problem" << int(problem) << (m_cancelled ? "(cancelled)" : "") << "fetched"
                   << m_report.fetched << "read" << m_report.read;
    Q_EMIT finished(m_report);
}

// The worker, its thread and its connection start with the first mail to keep or read.
void MailboxSync::ensureWorker()
{
    if (m_worker)
        return;
    IntakeSource source;
    source.accountId = m_account.id;
    source.mailbox = m_account.folder;
    source.roomCodes = m_roomCodes;
    m_worker = new IntakeWorker(m_database.path(), m_clock, source);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &IntakeWorker::staged, this, &MailboxSync::workerStaged);
    connect(m_worker, &IntakeWorker::repositioned, this, &MailboxSync::workerRepositioned);
    connect(m_worker, &IntakeWorker::read, this, &MailboxSync::workerRead);
    connect(m_worker, &IntakeWorker::failed, this, [this](StoreError code, const QString& detail) {
        fail(storeProblem(code), QStringLiteral("store: ") + detail);
    });
    m_thread.start();
}

void MailboxSync::stopWorker()
{
    if (m_thread.isRunning()) {
        // Batches already handed over are still kept (downloaded mail is not thrown away); reading stops.
        if (m_worker) {
            m_worker->stopReading();
            QMetaObject::invokeMethod(m_worker, [thread = &m_thread] { thread->quit(); });
        } else {
            m_thread.quit();
        }
        m_thread.wait();
    }
    m_worker = nullptr;
}

} // namespace tsunagu
