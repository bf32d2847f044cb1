// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ApplicantListWorker.h"

#include <QThread>

namespace tsunagu::ui {

ApplicantListWorker::ApplicantListWorker(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("applicant-list"));
    m_onThread = new QObject;
    m_onThread->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_onThread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

ApplicantListWorker::~ApplicantListWorker()
{
    // The connection belongs to the worker thread: close it there, then let the thread end.
    QMetaObject::invokeMethod(
        m_onThread,
        [this] {
            m_applicants.reset();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ApplicantListWorker::request(quint64 generation, const ApplicantListQuery& query, int offset, int limit,
                                  bool count, QObject* context, Receiver done)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(m_onThread, [this, generation, query, offset, limit, count, receiver, done] {
        if (!receiver)
            return;
        Page page = read(generation, query, offset, limit, count);
        QMetaObject::invokeMethod(
            receiver.data(), [done, page = std::move(page)]() mutable { done(std::move(page)); }, Qt::QueuedConnection);
    });
}

ApplicantListWorker::Page ApplicantListWorker::read(quint64 generation, const ApplicantListQuery& query, int offset,
                                                    int limit, bool count)
{
    Page page;
    page.generation = generation;
    page.offset = offset;
    if (!m_database) {
        // The window's connection checked the file when the profile was opened; this one only reads.
        Database::Options options;
        options.checkIntegrity = false;
        auto database = Database::open(m_databasePath, options);
        if (!database) {
            page.failure = database.error();
            return page;
        }
        m_database = std::move(database.value());
        m_applicants = std::make_unique<ApplicantList>(*m_database);
    }
    if (count) {
        auto total = m_applicants->count(query);
        if (!total) {
            page.failure = total.error();
            return page;
        }
        page.total = total.value();
    }
    auto rows = m_applicants->page(query, offset, limit);
    if (!rows) {
        page.failure = rows.error();
        return page;
    }
    page.rows = std::move(rows).value();
    return page;
}

} // namespace tsunagu::ui
