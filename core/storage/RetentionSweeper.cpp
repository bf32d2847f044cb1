// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RetentionSweeper.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QThread>

namespace tsunagu {

RetentionSweeper::RetentionSweeper(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("retention-sweep"));
    m_onThread = new QObject;
    m_onThread->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_onThread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

RetentionSweeper::~RetentionSweeper()
{
    m_stop = true;
    // The connection belongs to the worker thread: close it there (after a running sweep's batch), then end it.
    QMetaObject::invokeMethod(
        m_onThread, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void RetentionSweeper::start()
{
    ++m_pending;
    QMetaObject::invokeMethod(m_onThread, [this] { sweepOnThread(); });
}

void RetentionSweeper::sweepOnThread()
{
    if (m_stop) {
        --m_pending;
        return;
    }
    StoreResult<RetentionSweepResult> result = RetentionSweepResult{};
    if (!m_database) {
        // The window's connection checked the file when the profile was opened.
        Database::Options options;
        options.checkIntegrity = false;
        auto database = Database::open(m_databasePath, options);
        if (database)
            m_database = std::move(database).value();
        else
            result = database.error();
    }
    if (m_database)
        result = RetentionRepository(*m_database, m_clock).sweep(&m_stop);
    // Not running any more by the time anyone hears of it.
    --m_pending;
    if (!result) {
        qCWarning(lcStorage) << "retention sweep failed:" << int(result.error().code);
        const StoreError code = result.error().code;
        QMetaObject::invokeMethod(
            this, [this, code] { Q_EMIT failed(code); }, Qt::QueuedConnection);
        return;
    }
    const int applicants = result->applicants;
    QMetaObject::invokeMethod(
        this, [this, applicants] { Q_EMIT swept(applicants); }, Qt::QueuedConnection);
}

} // namespace tsunagu
