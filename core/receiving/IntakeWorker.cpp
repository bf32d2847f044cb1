// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/IntakeWorker.h"

#include "intake/IntakeReader.h"
#include "storage/MessageRepository.h"
#include "storage/Sealing.h"
#include "storage/SqlTransaction.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace tsunagu {
namespace {

void countOutcome(SyncReport& counts, IntakeOutcome outcome)
{
    switch (outcome) {
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

} // namespace

// Reads mails [from, to) of a batch, opening them first in a sealed profile and sealing ahead what storing them
// will seal; pure, so it runs on any thread with its own copy of the reader.
IntakeWorker::Read IntakeWorker::readMails(const std::shared_ptr<const IntakeReader>& shared,
                                           const crypto::Sealer* sealer, const IntakeSource& source,
                                           const QVector<WaitingMail>& mails, qsizetype from, qsizetype to)
{
    const IntakeReader reader = *shared;
    Read part;
    QVector<PreparedMail>& read = part.mails;
    read.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        WaitingMail mail = mails.at(i);
        if (!mail.sealedRaw.isEmpty() && (!sealer || !FetchedMailRepository::open(mail, *sealer))) {
            part.unopened = true;
            read.clear();
            return part;
        }
        IntakeSource where = source;
        where.uidValidity = mail.uidValidity;
        where.uid = mail.uid;
        where.fullSize = mail.fullSize > mail.raw.size() ? mail.fullSize : 0;
        where.arrivedAt = mail.arrivedAt;
        read.append(IntakePipeline::prepare(reader, mail.raw, where));
        read.last().sealedRaw = mail.sealedRaw;
        if (sealer)
            IntakePipeline::sealAhead(read.last(), *sealer);
    }
    return part;
}

IntakeWorker::IntakeWorker(QString databasePath, const Clock& clock, IntakeSource source)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_source(std::move(source))
{}

IntakeWorker::~IntakeWorker()
{
    // Stopped with a batch read ahead: nothing of it was stored; let the pool finish before the reader goes.
    if (m_ahead) {
        m_ahead->firstHalf.waitForFinished();
        m_ahead->secondHalf.waitForFinished();
    }
}

bool IntakeWorker::open()
{
    if (m_pipeline)
        return true;
    // The window's connection checked the file when the profile was opened; this one only connects.
    Database::Options options;
    options.checkIntegrity = false;
    auto database = Database::open(m_databasePath, options);
    if (!database) {
        Q_EMIT failed(database.error().code, database.error().detail);
        return false;
    }
    m_database = std::move(database.value());
    m_database->tuneForBulkIntake();
    m_pipeline = std::make_unique<IntakePipeline>(*m_database, m_clock);
    auto prepared = m_pipeline->prepareForMany(m_source);
    if (!prepared) {
        Q_EMIT failed(prepared.error().code, prepared.error().detail);
        m_pipeline.reset();
        return false;
    }
    return true;
}

void IntakeWorker::stage(const QVector<FetchedMail>& mails, const MailboxSyncState& stateAfter)
{
    if (!open())
        return;
    QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.begun()) {
        Q_EMIT failed(transaction.failure().code, transaction.error());
        return;
    }
    FetchedMailRepository fetched(*m_database);
    auto kept = fetched.add(m_source.accountId, m_source.mailbox, stateAfter.uidValidity, mails, m_clock.now());
    if (!kept) {
        Q_EMIT failed(kept.error().code, kept.error().detail);
        return; // the transaction rolls back: the batch is fetched again next time
    }
    SyncStateRepository states(*m_database);
    auto saved = states.save(stateAfter);
    if (!saved) {
        Q_EMIT failed(saved.error().code, saved.error().detail);
        return;
    }
    if (!transaction.commit()) {
        Q_EMIT failed(transaction.failure().code, transaction.error());
        return;
    }
    Q_EMIT staged(int(mails.size()));
}

StoreResult<IntakeWorker::Reading> IntakeWorker::startReading(qint64 afterId, int batchSize)
{
    FetchedMailRepository fetched(*m_database);
    auto waiting = fetched.next(m_source.accountId, m_source.mailbox, afterId, batchSize);
    if (!waiting)
        return waiting.error();
    Reading reading;
    reading.mails = std::move(waiting.value());
    if (reading.mails.isEmpty())
        return reading;
    // Reading (MIME, intake, SHA-256) is pure and most of the work: two halves on the pool.
    const qsizetype middle = reading.mails.size() / 2;
    const qsizetype size = reading.mails.size();
    const crypto::Sealer* sealer = m_database->sealer();
    reading.firstHalf = QtConcurrent::run(&m_readers, readMails, m_pipeline->reader(), sealer, m_source, reading.mails,
                                          qsizetype(0), middle);
    reading.secondHalf =
        QtConcurrent::run(&m_readers, readMails, m_pipeline->reader(), sealer, m_source, reading.mails, middle, size);
    return reading;
}

void IntakeWorker::readNext(int batchSize)
{
    if (m_stopped || !open())
        return;
    if (!m_ahead) {
        // Every mail read before has been forgotten: the first waiting one is next.
        auto started = startReading(0, batchSize);
        if (!started) {
            Q_EMIT failed(started.error().code, started.error().detail);
            return;
        }
        m_ahead = std::move(started.value());
    }
    Reading current = std::move(*m_ahead);
    m_ahead.reset();
    if (current.mails.isEmpty()) {
        Q_EMIT read(SyncReport{}, 0, false);
        return;
    }
    // The next batch is read on the pool while this thread stores this one.
    auto following = startReading(current.mails.last().id, batchSize);
    if (!following) {
        Q_EMIT failed(following.error().code, following.error().detail);
        return;
    }
    if (!following->mails.isEmpty())
        m_ahead = std::move(following.value());

    Read first = current.firstHalf.result();
    Read second = current.secondHalf.result();
    if (first.unopened || second.unopened) {
        // The mails stay waiting; the host is told what is wrong with the profile.
        const StoreFailure broken = Sealing::failure(QStringLiteral("a fetched mail"), QLatin1String(s_rawMailLabel));
        Q_EMIT failed(broken.code, broken.detail);
        return;
    }
    QVector<PreparedMail> prepared = std::move(first.mails);
    prepared += std::move(second.mails);

    SyncReport counts;
    QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.begun()) {
        Q_EMIT failed(transaction.failure().code, transaction.error());
        return;
    }
    for (PreparedMail& mail : prepared) {
        const bool overCap = mail.source.fullSize > 0;
        auto taken = m_pipeline->store(std::move(mail));
        if (!taken) {
            Q_EMIT failed(taken.error().code, taken.error().detail);
            return; // the transaction rolls back: the mails stay waiting
        }
        if (overCap)
            ++counts.overCap;
        countOutcome(counts, taken->outcome);
    }
    FetchedMailRepository fetched(*m_database);
    auto forgotten =
        fetched.remove(m_source.accountId, m_source.mailbox, current.mails.first().id, current.mails.last().id);
    if (!forgotten) {
        Q_EMIT failed(forgotten.error().code, forgotten.error().detail);
        return;
    }
    if (!transaction.commit()) {
        Q_EMIT failed(transaction.failure().code, transaction.error());
        return;
    }
    counts.read = int(current.mails.size());
    Q_EMIT read(counts, int(current.mails.size()), m_ahead.has_value());
}

void IntakeWorker::reposition(const QVector<QPair<qint64, quint32>>& messageToUid, const MailboxSyncState& stateAfter)
{
    if (!open())
        return;
    QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.begun()) {
        Q_EMIT failed(transaction.failure().code, transaction.error());
        return;
    }
    MessageRepository messages(*m_database);
    for (const auto& [messageId, uid] : messageToUid) {
        auto moved = messages.setServerPosition(messageId, stateAfter.uidValidity, uid);
        if (!moved) {
            Q_EMIT failed(moved.error().code, moved.error().detail);
            return;
        }
    }
    SyncStateRepository states(*m_database);
    auto saved = states.save(stateAfter);
    if (!saved || !transaction.commit()) {
        Q_EMIT failed(saved ? transaction.failure().code : saved.error().code,
                      saved ? transaction.error() : saved.error().detail);
        return;
    }
    Q_EMIT repositioned(int(messageToUid.size()));
}

} // namespace tsunagu
