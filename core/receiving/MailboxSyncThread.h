// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/MailAccount.h"
#include "mail/net/MailSocket.h"
#include "receiving/MailboxSync.h"
#include "receiving/SyncReport.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace tsunagu {

// Runs MailboxSync on a thread of its own, with the IMAP session (socket, TLS, framer, parser) and a database
// connection of its own opened for each run, so that a sync of thousands of mails never holds up the thread that
// asked for it (STYLE.md §15: the window's thread only hears progress and the report, through queued signals).
//
// One run at a time; the thread is started once and serves every run of its owner. A run's connection is opened
// when it starts and closed when it ends, so each run sees the profile as it is then (a profile sealed meanwhile
// gets its data key at the next open).
class MailboxSyncThread : public QObject
{
    Q_OBJECT
public:
    MailboxSyncThread(MailSocketFactory socketFactory, QString databasePath, const Clock& clock,
                      MailboxSync::Options options, QObject* parent = nullptr);
    // Abandons a run in progress (as abandon()) and joins the thread.
    ~MailboxSyncThread() override;

    // Starts a run; does nothing while one is running. finished() follows, never from inside this call.
    void start(const MailAccount& account, const QStringList& roomCodes, const QString& password);
    // Stops the run; it finishes with ok = false and problem None (MailboxSync::cancel()).
    void cancel();
    // Stops the run without a finished(): nothing more is heard of it. What it kept stays kept.
    void abandon();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(const tsunagu::SyncProgress& progress);
    void finished(const tsunagu::SyncReport& report);

private:
    class Runner;

    void deliverProgress(quint64 run, const SyncProgress& progress);
    void deliverFinished(quint64 run, const SyncReport& report);

    QThread m_thread;
    Runner* m_runner = nullptr; // lives on m_thread; deleted here once the thread has ended
    quint64 m_run = 0;          // the run whose signals are wanted; an abandoned run's late ones are dropped
    bool m_running = false;
};

} // namespace tsunagu
