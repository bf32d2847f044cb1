// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Applicant.h"
#include "models/RowTableModel.h"
#include "storage/ApplicantRepository.h"

namespace tsunagu::ui {

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

    ApplicantTableModel(ApplicantRepository& applicants, const Clock& clock, QObject* parent = nullptr);
    StoreResult<Done> reload();

    bool isOverdue(const ApplicantRow& row) const;
    int overdueCount() const;
    int awaitingCount() const;

private:
    ApplicantRepository& m_applicants;
    const Clock& m_clock;
};

} // namespace tsunagu::ui
