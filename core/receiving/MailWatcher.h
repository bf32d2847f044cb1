// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/MailAccount.h"
#include "mail/imap/ImapSession.h"
#include "mail/net/MailSocket.h"
#include "receiving/MailboxSync.h"
#include "receiving/MailboxSyncThread.h"
#include "receiving/SyncReport.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace tsunagu {

// Keeps one account's mailbox current while the window is open, on the GUI thread (STYLE.md §15).
//
//   start() ──► run (MailboxSync) ──ok──► IDLE on its own session (RFC 2177) ──EXISTS──► run …
//                  │                      └─ no IDLE on the server ──► poll: a fresh run every pollIntervalMs
//                  ├─ fails, the host must act (login, certificate, password, folder) ──► NeedsAttention
//                  └─ fails otherwise (network, server) ──► BackingOff: retry after 5 s, 10 s, … 10 min
//
// Never two runs at once: a run asked for during a run (EXISTS, syncNow()) is queued, once. A run (its IMAP session
// with the parsing, storing and intake) happens on MailboxSyncThread's thread; the IDLE session that only waits for
// EXISTS stays here. Nothing here blocks or waits.
//
// The password is kept in memory while the watcher runs, because every reconnect needs it; it is dropped when the
// server refuses it and when the watcher stops. It is never logged.
class MailWatcher : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,        // not started, or stopped
        Syncing,        // a run is in progress
        Watching,       // IDLE on the server: new mail is pushed
        Polling,        // the server has no IDLE: the next run is at nextAttemptAt()
        BackingOff,     // the last attempt failed: the next one is at nextAttemptAt()
        NeedsAttention, // the host must act (see lastReport()->problem); no retries until start() again
    };
    Q_ENUM(State)

    struct Options
    {
        int pollIntervalMs = 5 * 60 * 1000;
        // RFC 2177 §3: a server may end an IDLE after 30 minutes of inactivity; renewed before 29.
        int idleRenewMs = 28 * 60 * 1000;
        int firstRetryMs = 5 * 1000;
        int maxRetryMs = 10 * 60 * 1000;
        bool useIdle = true; // false: always poll (a server whose IDLE is known to misbehave)
        MailboxSync::Options sync;
    };

    MailWatcher(MailSocketFactory socketFactory, Database& database, const Clock& clock, Options options,
                QObject* parent = nullptr);
    ~MailWatcher() override;

    // Starts (or starts again, after the host acted: new password, pinned certificate) with a run now.
    // An empty password ends at once in NeedsAttention with PasswordMissing.
    void start(const MailAccount& account, const QStringList& roomCodes, const QString& password);
    // Ends every connection and timer; a run in progress stops, what it stored stays.
    void stop();
    // A run as soon as possible: now, or after the run in progress. Does nothing when stopped or when the host
    // must act first.
    void syncNow();
    // The network came back or changed: a retry now when backing off; when watching, the IDLE is renewed, which
    // finds a connection that died silently (the DONE gets no answer and times out).
    void networkChanged();

    State state() const { return m_state; }
    // When the next run is planned (Polling, BackingOff); invalid otherwise.
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; }
    bool isRunning() const { return m_runActive; }
    const MailAccount& account() const { return m_account; }
    const std::optional<SyncReport>& lastReport() const { return m_lastReport; }
    // When the mailbox was last read completely, from the stored sync state (also from earlier sessions).
    QDateTime lastSyncAt() const;
    // The wait before the next retry after a failure, for the current number of failures in a row.
    int retryDelayMs() const;
    // Problems a retry cannot solve: the host has to do something first.
    static bool needsHost(MailAccountProblem problem);

Q_SIGNALS:
    void runStarted();
    void progressed(const tsunagu::SyncProgress& progress);
    void runFinished(const tsunagu::SyncReport& report);
    void stateChanged(tsunagu::MailWatcher::State state, const QDateTime& nextAttemptAt);

private:
    void startRun();
    void runEnded(const tsunagu::SyncReport& report);
    void watchOrPoll(int existsSeen);
    void connectWatch(int existsSeen);
    void enterIdle(quint64 generation);
    void renewIdle();
    void poll();
    void backOff();
    void needAttention(const SyncReport& report);
    void closeWatch();
    void setState(State state, const QDateTime& nextAttemptAt = {});

    MailSocketFactory m_socketFactory;
    Database& m_database;
    const Clock& m_clock;
    Options m_options;

    MailAccount m_account;
    QStringList m_roomCodes;
    QString m_password;

    State m_state = State::Stopped;
    QDateTime m_nextAttemptAt;
    std::unique_ptr<MailboxSyncThread> m_sync; // made at the first run, serves every run after it
    bool m_runActive = false;                  // a run is in progress
    bool m_runQueued = false;
    quint64 m_runEpoch = 0; // changes when a run starts or the watcher stops, to notice a listener that did so
    int m_failures = 0;     // in a row; sets the backoff
    std::optional<SyncReport> m_lastReport;

    QPointer<ImapSession> m_watch; // the IDLE connection
    quint64 m_generation = 0;      // changes when m_watch is closed, so its late callbacks do nothing
    bool m_idling = false;
    bool m_idleUnsupported = false;
    QTimer m_timer;      // the next run: poll or retry
    QTimer m_renewTimer; // IDLE renewal
};

} // namespace tsunagu
