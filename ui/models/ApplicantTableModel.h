// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Applicant.h"
#include "models/ApplicantListWorker.h"
#include "models/RowTableModel.h"
#include "storage/ApplicantList.h"

#include <memory>

namespace tsunagu::ui {

class ApplicantListWorker;

// A list of applicants that SQLite filters, sorts and counts (ApplicantListQuery), read a page at a time on a
// worker thread: the first page when the list is (re)loaded, the next ones as the view scrolls to them
// (canFetchMore/fetchMore). Until the first page of a reload arrives, the rows shown before stay.
class ApplicantTableModel : public RowTableModel<ApplicantRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NumberColumn,
        NameColumn,
        RoomColumn,
        CategoryColumn,
        StatusColumn,
        ReceivedColumn,
        WaitingColumn,
        ReferralColumn,
        HintsColumn
    };
    // Answered with true on every column of a row still waiting past its room's reply deadline.
    static constexpr int OverdueRole = FilterRole + 1;
    // Answered with true on every column of a row still waiting for a first reply.
    static constexpr int AwaitingRole = FilterRole + 2;

    static constexpr int s_firstPage = 200; // more than a screen of rows
    static constexpr int s_nextPage = 500;

    ApplicantTableModel(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    ~ApplicantTableModel() override;

    const ApplicantListQuery& query() const { return m_query; }
    // A new filter or order: read again from the first page (shortly: changes made together are read once).
    void setQuery(const ApplicantListQuery& query);
    // Reads the list again from the first page (shortly, as setQuery).
    void reload();
    // How many applicants the list holds in all (only some may have been read yet); -1 before the first page.
    int totalCount() const { return m_total; }
    // True while a reload waits for its first page.
    bool isLoading() const { return m_reloadPending || m_waitingForFirstPage; }

    bool isOverdue(const ApplicantRow& row) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // A page arrived: after a reload the first (the rows were replaced), or the next one (rows were added).
    void pageLoaded();
    // Reading failed; the rows shown before stay.
    void loadFailed(const tsunagu::StoreFailure& failure);

private:
    void startReload();
    void receive(ApplicantListWorker::Page page);

    const Clock& m_clock;
    std::unique_ptr<ApplicantListWorker> m_worker;
    ApplicantListQuery m_query;
    quint64 m_generation = 0;
    int m_total = -1;
    bool m_reloadPending = false;
    bool m_waitingForFirstPage = false;
    bool m_fetchingMore = false;
};

} // namespace tsunagu::ui
