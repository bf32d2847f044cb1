// SPDX-License-Identifier: GPL-3.0-or-later
// MailboxSync, the fetch phase: what to download, downloading it, and handing it to the worker in batches with the
// sync state each batch completes.
#include "receiving/MailboxSync.h"
#include "receiving/StoreProblem.h"

#include <QMetaObject>

#include <algorithm>
#include <iterator>
#include <utility>

namespace tsunagu {

// The common case: mail after what is stored. Sizes are not asked for first, which would make the server open every
// mail once more: each one is fetched up to the size cap (RFC 3501 §6.4.5), which is the whole mail below it. The
// rare mail that reaches the cap is fetched again at the end, as over the cap, once its size is known.
void MailboxSync::fetchNew(std::vector<quint32> uids, std::vector<quint32> kept)
{
    std::sort(uids.begin(), uids.end());
    m_wanted.clear();
    std::merge(uids.begin(), uids.end(), kept.begin(), kept.end(), std::back_inserter(m_wanted));
    for (const quint32 uid : kept)
        markDone(uid);
    if (uids.empty())
        return fetchDone();
    m_progress.toFetch = int(uids.size());
    Q_EMIT progressed(m_progress);
    if (!m_running)
        return; // stopped by a listener
    m_session->fetchBodies(
        uids, quint32(m_options.sizeCap),
        [this](FetchedMessage message) {
            if (message.partial)
                m_reachedCap.push_back(message.uid); // the bytes are fetched again with its size
            else
                received(std::move(message), 0);
        },
        [this](ImapResult<ImapSession::FetchSummary> done) {
            if (!done)
                return failWith(done.error());
            for (const quint32 uid : done->missing)
                markDone(uid); // expunged meanwhile: nothing to store, and nothing to wait for
            if (m_reachedCap.empty())
                return fetchDone();
            std::vector<quint32> again;
            again.swap(m_reachedCap);
            m_session->fetchMeta(again, [this, again](ImapResult<QList<MessageMeta>> metas) {
                if (!metas)
                    return failWith(metas.error());
                std::vector<quint32> big;
                for (const MessageMeta& meta : metas.value()) {
                    big.push_back(meta.uid);
                    m_bigSizes.insert(meta.uid, qint64(meta.size));
                }
                for (const quint32 uid : again) {
                    if (!m_bigSizes.contains(uid))
                        markDone(uid);
                }
                fetchBig(big);
            });
        });
}

// After a UIDVALIDITY change, with the sizes known: what to fetch, the mail over the cap last.
MailboxSync::Plan MailboxSync::plan(const QList<MessageMeta>& wanted, const std::vector<quint32>& stored)
{
    Plan planned;
    for (const MessageMeta& meta : wanted) {
        if (qint64(meta.size) > m_options.sizeCap) {
            planned.big.push_back(meta.uid);
            m_bigSizes.insert(meta.uid, qint64(meta.size));
        } else {
            planned.normal.push_back(meta.uid);
        }
    }
    m_wanted = planned.normal;
    m_wanted.insert(m_wanted.end(), planned.big.begin(), planned.big.end());
    m_progress.toFetch = int(m_wanted.size());
    m_wanted.insert(m_wanted.end(), stored.begin(), stored.end());
    std::sort(m_wanted.begin(), m_wanted.end());
    for (const quint32 uid : stored)
        markDone(uid);
    return planned;
}

void MailboxSync::fetch(const Plan& planned)
{
    Q_EMIT progressed(m_progress);
    if (!m_running)
        return; // stopped by a listener
    if (m_progress.toFetch == 0)
        return fetchDone();
    if (planned.normal.empty())
        return fetchBig(planned.big);
    m_session->fetchBodies(
        planned.normal, std::nullopt, [this](FetchedMessage message) { received(std::move(message), 0); },
        [this, big = planned.big](ImapResult<ImapSession::FetchSummary> done) {
            if (!done)
                return failWith(done.error());
            for (const quint32 uid : done->missing)
                markDone(uid); // expunged meanwhile: nothing to store, and nothing to wait for
            fetchBig(big);
        });
}

// Over the size cap only the first bytes are fetched, after the rest (RFC 3501 §6.4.5 partial fetch).
void MailboxSync::fetchBig(const std::vector<quint32>& big)
{
    if (big.empty())
        return fetchDone();
    m_session->fetchBodies(
        big, quint32(m_options.sizeCap),
        [this](FetchedMessage message) {
            const qint64 full = m_bigSizes.value(message.uid);
            received(std::move(message), full);
        },
        [this](ImapResult<ImapSession::FetchSummary> done) {
            if (!done)
                return failWith(done.error());
            for (const quint32 uid : done->missing)
                markDone(uid);
            fetchDone();
        });
}

void MailboxSync::fetchDone()
{
    if (m_serverFailure)
        return;
    m_fetchDone = true;
    flush(true);
    finishWhenStored();
}

void MailboxSync::received(FetchedMessage message, qint64 fullSize)
{
    if (!m_running || m_serverFailure)
        return;
    const quint32 uid = message.uid;
    m_batchBytes += message.bytes.size();
    m_batch.append(FetchedMail{uid, std::move(message.bytes), fullSize, message.arrivedAt});
    ++m_progress.fetched;
    markDone(uid);
    if (m_batch.size() >= m_options.batchSize || m_batchBytes >= m_options.batchBytes)
        flush(false);
    if (m_progress.fetched % 100 == 0 || m_batch.isEmpty())
        Q_EMIT progressed(m_progress);
}

void MailboxSync::markDone(quint32 uid)
{
    m_done.insert(uid);
    while (m_contiguous < m_wanted.size() && m_done.contains(m_wanted[m_contiguous]))
        ++m_contiguous;
}

MailboxSyncState MailboxSync::stateNow() const
{
    MailboxSyncState state;
    state.accountId = m_account.id;
    state.mailbox = m_account.folder;
    state.uidValidity = m_uidValidity;
    state.highestUid = m_contiguous > 0 ? std::max(m_storedUpTo, m_wanted[m_contiguous - 1]) : m_storedUpTo;
    if (m_fetchDone)
        state.highestModSeq = m_highestModSeq;
    state.lastSyncAt = m_clock.now();
    return state;
}

// Hands the mail received so far to the worker with the state it completes. Every UID up to the state's highest
// has been delivered in this batch or an earlier one, and batches are stored in order.
void MailboxSync::flush(bool last)
{
    if (!m_running || (m_batch.isEmpty() && !last))
        return;
    if (m_batch.isEmpty() && !m_worker) {
        // Nothing was fetched in this run: only the time of the sync changes. Written here, in one statement,
        // rather than starting a worker and its connection for it (the common case of a sync, and its cost).
        SyncStateRepository states(m_database);
        auto saved = states.save(stateNow());
        if (!saved)
            fail(storeProblem(saved.error().code), QStringLiteral("store: ") + saved.error().detail);
        return;
    }
    ensureWorker();
    QVector<FetchedMail> batch;
    batch.swap(m_batch);
    m_batchBytes = 0;
    const MailboxSyncState state = stateNow();
    ++m_batchesInFlight;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, batch = std::move(batch), state] { worker->stage(batch, state); });
}

void MailboxSync::workerStaged(int mails)
{
    --m_batchesInFlight;
    m_report.fetched += mails;
    m_progress.stored += mails;
    if (mails > 0)
        Q_EMIT progressed(m_progress);
    finishWhenStored();
}

void MailboxSync::workerRepositioned(int mails)
{
    --m_batchesInFlight;
    m_report.rematched += mails;
    finishWhenStored();
}

} // namespace tsunagu
