// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"
#include "models/RowTableModel.h"
#include "storage/MemberRepository.h"

namespace tsunagu::ui {

class MemberTableModel : public RowTableModel<MemberRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NameColumn,
        RoomColumn,
        CategoryColumn,
        JoinedColumn,
        StatusColumn
    };

    explicit MemberTableModel(MemberRepository& members, QObject* parent = nullptr);
    StoreResult<Done> reload();

private:
    MemberRepository& m_members;
};

} // namespace tsunagu::ui
