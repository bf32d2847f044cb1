// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/MailWatcher.h"

#include "mail/account/AccountEndpoints.h"

#include "storage/MailAccountRepository.h"
#include "storage/SyncStateRepository.h"

#include <algorithm>

namespace tsunagu {

MailWatcher::MailWatcher(MailSocketFactory socketFactory, Database& database, const Clock& clock, Options options,
                         QObject* parent)
    : QObject(parent)
    , m_socketFactory(std::move(socketFactory))
    , m_database(database)
    , m_clock(clock)
    , m_options(std::move(options))
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncProgress>();
    m_timer.setSingleShot(true);
    m_renewTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailWatcher::startRun);
    connect(&m_renewTimer, &QTimer::timeout, this, &MailWatcher::renewIdle);
}

MailWatcher::~MailWatcher()
{
    // A run in progress is abandoned (no report: nobody listens any more) and its thread joined.
    if (m_sync)
        m_sync->disconnect(this);
    ++m_generation;
}

void MailWatcher::start(const MailAccount& account, const QStringList& roomCodes, const QString& password)
{
    m_account = account;
    m_roomCodes = roomCodes;
    m_password = password;
    m_failures = 0;
    m_idleUnsupported = false;
    m_timer.stop();
    closeWatch(); // the account may have changed (a pin, a password): the next connection uses the new one
    if (password.isEmpty()) {
        SyncReport report;
        report.ok = false;
        report.problem = MailAccountProblem::PasswordMissing;
        report.finishedAt = m_clock.now();
        // Best effort: the report below carries the problem to the window whether or not it is stored.
        (void)MailAccountRepository(m_database, m_clock).setLastError(account.id, report.problem, QString());
        needAttention(report);
        return;
    }
    startRun();
}

void MailWatcher::stop()
{
    m_timer.stop();
    closeWatch();
    m_runQueued = false;
    m_password.clear();
    if (m_runActive) {
        // Its thread lets it go; nothing more is heard of it. What it kept stays kept.
        m_sync->abandon();
        m_runActive = false;
    }
    ++m_runEpoch;
    setState(State::Stopped);
}

void MailWatcher::syncNow()
{
    if (m_state == State::Stopped || m_state == State::NeedsAttention)
        return;
    startRun();
}

void MailWatcher::networkChanged()
{
    switch (m_state) {
    case State::BackingOff:
    case State::Polling:
        startRun();
        break;
    case State::Watching:
        renewIdle();
        break;
    case State::Stopped:
    case State::Syncing:
    case State::NeedsAttention:
        break;
    }
}

QDateTime MailWatcher::lastSyncAt() const
{
    if (m_account.id <= 0)
        return {};
    auto state = SyncStateRepository(m_database).find(m_account.id, m_account.folder);
    if (!state || !state.value())
        return {};
    return state.value()->lastSyncAt;
}

int MailWatcher::retryDelayMs() const
{
    const qint64 delay = qint64(m_options.firstRetryMs) << std::min(m_failures, 20);
    return int(std::min<qint64>(delay, m_options.maxRetryMs));
}

bool MailWatcher::needsHost(MailAccountProblem problem)
{
    switch (problem) {
    case MailAccountProblem::TlsUntrusted:
    case MailAccountProblem::CertificateChanged:
    case MailAccountProblem::LoginFailed:
    case MailAccountProblem::PasswordMissing:
    case MailAccountProblem::MailboxMissing:
    case MailAccountProblem::CaFileUnreadable:
    case MailAccountProblem::DiskFull:
        return true;
    case MailAccountProblem::None:
    case MailAccountProblem::CannotConnect:
    case MailAccountProblem::ServerRefused:
    case MailAccountProblem::Other:
        return false;
    }
    return false;
}

void MailWatcher::startRun()
{
    if (m_runActive) {
        m_runQueued = true; // one more after this one catches whatever arrived meanwhile
        return;
    }
    m_runQueued = false;
    m_timer.stop();
    const quint64 epoch = ++m_runEpoch;
    if (!m_sync) {
        m_sync = std::make_unique<MailboxSyncThread>(m_socketFactory, m_database.path(), m_clock, m_options.sync);
        connect(m_sync.get(), &MailboxSyncThread::progressed, this, &MailWatcher::progressed);
        connect(m_sync.get(), &MailboxSyncThread::finished, this, &MailWatcher::runEnded);
    }
    m_runActive = true;
    setState(State::Syncing);
    Q_EMIT runStarted();
    if (epoch != m_runEpoch || !m_runActive)
        return; // stopped (or started again) by a listener
    m_sync->start(m_account, m_roomCodes, m_password);
}

void MailWatcher::runEnded(const SyncReport& report)
{
    m_runActive = false;
    m_lastReport = report;
    const quint64 epoch = m_runEpoch;
    Q_EMIT runFinished(report);
    if (epoch != m_runEpoch)
        return; // a listener stopped or started again (e.g. after the host trusted a certificate)
    if (!report.ok) {
        if (needsHost(report.problem))
            return needAttention(report);
        return backOff();
    }
    m_failures = 0;
    if (m_runQueued)
        return startRun();
    watchOrPoll(report.onServer);
}

void MailWatcher::watchOrPoll(int existsSeen)
{
    if (!m_options.useIdle || m_idleUnsupported)
        return poll();
    if (m_watch) {
        if (m_idling)
            setState(State::Watching);
        return; // already idling, or on its way there
    }
    connectWatch(existsSeen);
}

void MailWatcher::connectWatch(int existsSeen)
{
    closeWatch();
    const quint64 generation = m_generation;
    m_watch = new ImapSession(m_socketFactory, m_options.sync.session, this);
    m_watch->connectToServer(
        imapEndpoint(m_account), m_password, [this, generation, existsSeen](ImapResult<ImapServerInfo> connected) {
            if (generation != m_generation)
                return;
            // A login or certificate problem here is found again by the next run, which says what
            // it is.
            if (!connected)
                return backOff();
            if (!m_watch->canIdle()) {
                m_idleUnsupported = true;
                closeWatch();
                return poll();
            }
            m_watch->examine(m_account.folder, [this, generation, existsSeen](ImapResult<MailboxInfo> box) {
                if (generation != m_generation)
                    return;
                if (!box)
                    return backOff();
                enterIdle(generation);
                // Mail that arrived between the run's EXAMINE and this one.
                if (int(box->exists) != existsSeen)
                    startRun();
            });
        });
}

void MailWatcher::enterIdle(quint64 generation)
{
    m_idling = true;
    m_renewTimer.start(m_options.idleRenewMs);
    if (!m_runActive)
        setState(State::Watching);
    m_watch->idle(
        [this, generation](quint32) {
            if (generation != m_generation)
                return;
            // RFC 3501 §7.4.1: EXPUNGE lowers the count without an EXISTS, so a count remembered here can be
            // stale; every EXISTS may be new mail. A run that finds nothing new ends after its EXAMINE (UIDNEXT).
            startRun();
        },
        [this, generation](ImapDone done) {
            if (generation != m_generation)
                return;
            m_idling = false;
            if (!done)
                return backOff();
            enterIdle(generation); // ended by renewIdle(): RFC 2177 §3, IDLE again at once
        });
}

void MailWatcher::renewIdle()
{
    if (m_watch && m_idling)
        m_watch->stopIdle();
}

void MailWatcher::poll()
{
    m_timer.start(m_options.pollIntervalMs);
    setState(State::Polling, m_clock.now().addMSecs(m_options.pollIntervalMs));
}

void MailWatcher::backOff()
{
    closeWatch();
    if (m_runActive)
        return; // the run in progress decides what comes next
    const int delay = retryDelayMs();
    ++m_failures;
    m_timer.start(delay);
    setState(State::BackingOff, m_clock.now().addMSecs(delay));
}

void MailWatcher::needAttention(const SyncReport& report)
{
    closeWatch();
    m_timer.stop();
    m_runQueued = false;
    m_lastReport = report;
    if (report.problem == MailAccountProblem::LoginFailed || report.problem == MailAccountProblem::PasswordMissing)
        m_password.clear();
    setState(State::NeedsAttention);
}

void MailWatcher::closeWatch()
{
    ++m_generation;
    m_idling = false;
    m_renewTimer.stop();
    if (!m_watch)
        return;
    ImapSession* session = m_watch;
    m_watch = nullptr;
    if (session->state() == ImapSession::State::Ready || session->state() == ImapSession::State::Selected) {
        // Politely: DONE, then LOGOUT (RFC 2177 §3, RFC 3501 §6.1.3). A dead connection times out the same way.
        session->logout([session](ImapDone) { session->deleteLater(); });
        return;
    }
    session->abort();
    session->deleteLater();
}

void MailWatcher::setState(State state, const QDateTime& nextAttemptAt)
{
    if (state == m_state && nextAttemptAt == m_nextAttemptAt)
        return;
    m_state = state;
    m_nextAttemptAt = nextAttemptAt;
    Q_EMIT stateChanged(state, nextAttemptAt);
}

} // namespace tsunagu
