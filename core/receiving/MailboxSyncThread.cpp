// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/MailboxSyncThread.h"

#include "storage/Database.h"

#include <QMetaObject>
#include <QPointer>

#include <memory>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tsunagu {

// The side of the thread: opens the run's connection, owns the MailboxSync (and through it the IMAP session and the
// intake worker) and hands its signals to the owner's thread. Everything here runs on the sync thread.
class MailboxSyncThread::Runner : public QObject
{
public:
    Runner(MailboxSyncThread* owner, MailSocketFactory socketFactory, QString databasePath, const Clock& clock,
           MailboxSync::Options options)
        : m_owner(owner)
        , m_socketFactory(std::move(socketFactory))
        , m_databasePath(std::move(databasePath))
        , m_clock(clock)
        , m_options(std::move(options))
    {}

    void run(quint64 run, const MailAccount& account, const QStringList& roomCodes, const QString& password)
    {
        end();
        Database::Options options;
        options.checkIntegrity = false; // the window's connection checked the file when the profile was opened
        auto database = Database::open(m_databasePath, options);
        if (!database) {
            SyncReport report;
            report.ok = false;
            report.problem = MailAccountProblem::Other;
            report.detail = QStringLiteral("store: ") + database.error().detail;
            report.finishedAt = m_clock.now();
            return toOwner(run, report);
        }
        m_database = std::move(database.value());
        m_run = run;
        m_sync = new MailboxSync(m_socketFactory, *m_database, m_clock, m_options, this);
        connect(m_sync, &MailboxSync::progressed, this, [this, run](const SyncProgress& progress) {
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, run, progress] { owner->deliverProgress(run, progress); },
                Qt::QueuedConnection);
        });
        connect(m_sync, &MailboxSync::finished, this, [this, run](const SyncReport& report) {
            toOwner(run, report);
            // Not inside the sync's own signal: it goes, with its connection, once the signal has returned.
            QMetaObject::invokeMethod(
                this,
                [this, run] {
                    if (m_run == run)
                        end();
                },
                Qt::QueuedConnection);
        });
        m_sync->start(account, roomCodes, password);
    }

    void cancel()
    {
        if (m_sync)
            m_sync->cancel();
    }

    // Destroying a running sync stops it without finished(); its intake worker keeps the batch it has.
    void end()
    {
        delete m_sync;
        m_sync = nullptr;
        m_run = 0;
        m_database.reset();
    }

private:
    void toOwner(quint64 run, const SyncReport& report)
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, run, report] { owner->deliverFinished(run, report); }, Qt::QueuedConnection);
    }

    MailboxSyncThread* m_owner; // outlives this: its destructor joins the thread first
    MailSocketFactory m_socketFactory;
    QString m_databasePath;
    const Clock& m_clock;
    MailboxSync::Options m_options;
    std::unique_ptr<Database> m_database;
    MailboxSync* m_sync = nullptr;
    quint64 m_run = 0; // the run m_sync belongs to
};

MailboxSyncThread::MailboxSyncThread(MailSocketFactory socketFactory, QString databasePath, const Clock& clock,
                                     MailboxSync::Options options, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncProgress>();
    m_thread.setObjectName(QStringLiteral("mailboxSync"));
    m_runner = new Runner(this, std::move(socketFactory), std::move(databasePath), clock, std::move(options));
    m_runner->moveToThread(&m_thread);
    m_thread.start();
#ifdef Q_OS_LINUX
    // A little below the GUI thread, so that on a busy computer the window is scheduled first while mail is read
    // (Qt's thread priorities do not change anything under Linux's default scheduler; a thread's nice value does).
    QMetaObject::invokeMethod(m_runner, [] { setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 5); });
#endif
}

MailboxSyncThread::~MailboxSyncThread()
{
    ++m_run;
    m_running = false;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, thread = &m_thread] {
        runner->end();
        thread->quit();
    });
    m_thread.wait();
    delete m_runner; // its thread has ended: nothing else can touch it
}

void MailboxSyncThread::start(const MailAccount& account, const QStringList& roomCodes, const QString& password)
{
    if (m_running)
        return;
    m_running = true;
    const quint64 run = ++m_run;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, run, account, roomCodes, password] {
        runner->run(run, account, roomCodes, password);
    });
}

void MailboxSyncThread::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->cancel(); });
}

void MailboxSyncThread::abandon()
{
    if (!m_running)
        return;
    ++m_run;
    m_running = false;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->end(); });
}

void MailboxSyncThread::deliverProgress(quint64 run, const SyncProgress& progress)
{
    if (run == m_run && m_running)
        Q_EMIT progressed(progress);
}

void MailboxSyncThread::deliverFinished(quint64 run, const SyncReport& report)
{
    if (run != m_run || !m_running)
        return;
    m_running = false;
    Q_EMIT finished(report);
}

} // namespace tsunagu
