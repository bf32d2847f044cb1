// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "models/RowTableModel.h"
#include "storage/MailAccountRepository.h"

#include <QStringList>

namespace tsunagu::ui {

struct MailAccountRow
{
    MailAccount account;
    QStringList roomCodes;
};

// 設定 → メールアカウント: each account with its server, the rooms it receives for and its last error.
class MailAccountTableModel : public RowTableModel<MailAccountRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NameColumn,
        UserColumn,
        ServerColumn,
        RoomsColumn,
        LastErrorColumn
    };

    explicit MailAccountTableModel(MailAccountRepository& accounts, QObject* parent = nullptr);
    StoreResult<Done> reload();

private:
    MailAccountRepository& m_accounts;
};

} // namespace tsunagu::ui
