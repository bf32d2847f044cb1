// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/RetentionRepository.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace tsunagu {

// Runs each room's retention sweep on a thread of its own, through a connection of its own, so that the window
// shows and answers while a first sweep after an upgrade removes the texts of a hundred thousand applicants. The
// sweep writes in batches (RetentionRepository::sweep), so the window's own writes wait at most one batch.
class RetentionSweeper : public QObject
{
    Q_OBJECT

public:
    RetentionSweeper(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    // Stops a running sweep after its current batch (what is done stays done) and joins the thread.
    ~RetentionSweeper() override;

    // Queues a sweep. A sweep asked for while one runs starts when it ends.
    void start();
    bool running() const { return m_pending.load() > 0; }

Q_SIGNALS:
    // On the thread of this object, after each sweep: how many applicants' texts went.
    void swept(int applicants);
    void failed(tsunagu::StoreError code);

private:
    void sweepOnThread();

    QString m_databasePath;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    QObject* m_onThread = nullptr; // lives on m_thread: sweeps run in its event loop
    std::atomic_bool m_stop{false};
    std::atomic_int m_pending{0};
    // Used only on m_thread.
    std::unique_ptr<Database> m_database;
};

} // namespace tsunagu
