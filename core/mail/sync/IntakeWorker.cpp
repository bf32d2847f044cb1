// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/sync/IntakeWorker.h"

#include "intake/IntakeReader.h"
#include "storage/MessageRepository.h"
#include "storage/SqlTransaction.h"

#include <QFuture>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace tsunagu {

IntakeWorker::IntakeWorker(QString databasePath, const Clock& clock, IntakeSource source)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_source(std::move(source))
{}

IntakeWorker::~IntakeWorker() = default;

bool IntakeWorker::open()
{
    if (m_pipeline)
        return true;
    // The window's connection checked the file when the profile was opened; this one only connects.
    Database::Options options;
    options.checkIntegrity = false;
    auto database = Database::open(m_databasePath, options);
    if (!database) {
        Q_EMIT failed(database.error().detail);
        return false;
    }
    m_database = std::move(database.value());
    // Mail fetched here stays on the server until the host deletes it there, and the sync state is committed with
    // the mail it covers: losing the last transactions to a power cut (WAL with synchronous=NORMAL keeps the file
    // consistent and loses nothing on a crash of Tsunagu itself) only means fetching them again. So this
    // connection does not wait for the disk at every batch; the window's connection keeps synchronous=FULL.
    QSqlQuery pragma(m_database->connection());
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_pipeline = std::make_unique<IntakePipeline>(*m_database, m_clock);
    auto prepared = m_pipeline->prepareForMany(m_source);
    if (!prepared) {
        Q_EMIT failed(prepared.error().detail);
        m_pipeline.reset();
        return false;
    }
    return true;
}

void IntakeWorker::store(const QVector<FetchedMail>& mails, const MailboxSyncState& stateAfter)
{
    if (!open())
        return;
    SyncReport counts;
    QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.begun()) {
        Q_EMIT failed(transaction.error());
        return;
    }
    // Reading (MIME, intake, SHA-256) is pure and most of the work: the batch is read in two halves on the thread
    // pool, each with its own copy of the reader, while storing stays on this thread, in order.
    const auto readHalf = [this, &mails, &stateAfter](qsizetype from, qsizetype to) {
        const IntakeReader reader = *m_pipeline->reader();
        QVector<PreparedMail> read;
        read.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            const FetchedMail& mail = mails.at(i);
            IntakeSource source = m_source;
            source.uidValidity = stateAfter.uidValidity;
            source.uid = mail.uid;
            source.fullSize = mail.fullSize > mail.bytes.size() ? mail.fullSize : 0;
            read.append(IntakePipeline::prepare(reader, mail.bytes, source));
        }
        return read;
    };
    const qsizetype middle = mails.size() / 2;
    QFuture<QVector<PreparedMail>> firstHalf = QtConcurrent::run(readHalf, qsizetype(0), middle);
    QVector<PreparedMail> prepared = readHalf(middle, mails.size());
    prepared = firstHalf.result() + prepared;

    for (PreparedMail& mail : prepared) {
        const IntakeSource source = mail.source;
        auto taken = m_pipeline->store(std::move(mail));
        if (!taken) {
            Q_EMIT failed(taken.error().detail);
            return; // the transaction rolls back: the batch is fetched again next time
        }
        ++counts.fetched;
        if (source.fullSize > 0)
            ++counts.overCap;
        switch (taken->outcome) {
        case IntakeOutcome::NewApplicant:
            ++counts.applications;
            break;
        case IntakeOutcome::DuplicateApplicant:
            ++counts.applications;
            ++counts.duplicates;
            break;
        case IntakeOutcome::ReplyAttached:
            ++counts.replies;
            break;
        case IntakeOutcome::Unclassified:
            ++counts.unclassified;
            break;
        case IntakeOutcome::Spam:
            ++counts.spam;
            break;
        case IntakeOutcome::AlreadyKnown:
            ++counts.alreadyKnown;
            break;
        }
    }
    SyncStateRepository states(*m_database);
    auto saved = states.save(stateAfter);
    if (!saved) {
        Q_EMIT failed(saved.error().detail);
        return;
    }
    if (!transaction.commit()) {
        Q_EMIT failed(transaction.error());
        return;
    }
    Q_EMIT stored(counts, int(mails.size()));
}

void IntakeWorker::reposition(const QVector<QPair<qint64, quint32>>& messageToUid, const MailboxSyncState& stateAfter)
{
    if (!open())
        return;
    QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.begun()) {
        Q_EMIT failed(transaction.error());
        return;
    }
    MessageRepository messages(*m_database);
    for (const auto& [messageId, uid] : messageToUid) {
        auto moved = messages.setServerPosition(messageId, stateAfter.uidValidity, uid);
        if (!moved) {
            Q_EMIT failed(moved.error().detail);
            return;
        }
    }
    SyncStateRepository states(*m_database);
    auto saved = states.save(stateAfter);
    if (!saved || !transaction.commit()) {
        Q_EMIT failed(saved ? transaction.error() : saved.error().detail);
        return;
    }
    SyncReport counts;
    counts.rematched = int(messageToUid.size());
    Q_EMIT stored(counts, 0);
}

} // namespace tsunagu
