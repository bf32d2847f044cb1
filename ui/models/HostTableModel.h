// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Host.h"
#include "models/RowTableModel.h"
#include "storage/HostRepository.h"

namespace tsunagu::ui {

class HostTableModel : public RowTableModel<Host>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NameColumn,
        RoomsColumn,
        SignatureColumn
    };

    explicit HostTableModel(HostRepository& hosts, QObject* parent = nullptr);
    StoreResult<Done> reload();

private:
    HostRepository& m_hosts;
};

} // namespace tsunagu::ui
