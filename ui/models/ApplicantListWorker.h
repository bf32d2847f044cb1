// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ApplicantList.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace tsunagu::ui {

// Reads pages of an applicant list on a thread of its own, through a connection of its own, so that counting,
// sorting and searching a hundred thousand applicants never holds up the window. Results come back to the
// receiver's thread; a receiver that is gone gets nothing.
class ApplicantListWorker : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        quint64 generation = 0; // which request this answers: the receiver drops answers to requests it replaced
        int offset = 0;
        int total = -1; // how many the query finds, when counted (-1: not asked)
        QVector<ApplicantRow> rows;
        std::optional<StoreFailure> failure;
    };
    using Receiver = std::function<void(Page)>;

    explicit ApplicantListWorker(QString databasePath);
    ~ApplicantListWorker() override;

    // Queues a read; `done` runs on `context`'s thread with the page.
    void request(quint64 generation, const ApplicantListQuery& query, int offset, int limit, bool count,
                 QObject* context, Receiver done);

private:
    Page read(quint64 generation, const ApplicantListQuery& query, int offset, int limit, bool count);

    QString m_databasePath;
    QThread* m_thread = nullptr;
    QObject* m_onThread = nullptr; // lives on m_thread: requests run in its event loop
    // Used only on m_thread.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ApplicantList> m_applicants;
};

} // namespace tsunagu::ui
