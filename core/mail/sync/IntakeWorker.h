// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "intake/IntakePipeline.h"
#include "mail/sync/SyncReport.h"
#include "storage/Database.h"
#include "storage/SyncStateRepository.h"

#include <QByteArray>
#include <QObject>
#include <QVector>

#include <memory>

namespace tsunagu {

// One fetched mail on its way to the store.
struct FetchedMail
{
    quint32 uid = 0;
    QByteArray bytes;
    qint64 fullSize = 0; // > bytes.size() when only the first bytes were fetched
};

// Stores fetched mail on a worker thread (STYLE.md §15): MIME decoding, intake and SQLite never run on the GUI
// thread. It opens its own connection to the profile's database in its thread. Each batch is one transaction that
// also moves the mailbox's sync state forward, so a crash or a dropped connection at any point resumes with nothing
// lost and nothing stored twice.
class IntakeWorker : public QObject
{
    Q_OBJECT
public:
    IntakeWorker(QString databasePath, const Clock& clock, IntakeSource source);
    ~IntakeWorker() override;

public Q_SLOTS:
    // Everything in `mails`, then `stateAfter`, in one transaction. On failure nothing of the batch is kept.
    void store(const QVector<tsunagu::FetchedMail>& mails, const tsunagu::MailboxSyncState& stateAfter);
    // After a UIDVALIDITY change: stored mail found again gets its new position, with the new state, in one
    // transaction.
    void reposition(const QVector<QPair<qint64, quint32>>& messageToUid, const tsunagu::MailboxSyncState& stateAfter);

Q_SIGNALS:
    void stored(const tsunagu::SyncReport& counts, int mails);
    void failed(const QString& detail);

private:
    bool open();

    QString m_databasePath;
    const Clock& m_clock;
    IntakeSource m_source;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IntakePipeline> m_pipeline;
};

} // namespace tsunagu

Q_DECLARE_METATYPE(tsunagu::FetchedMail)
