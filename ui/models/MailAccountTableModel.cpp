// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MailAccountTableModel.h"

#include "text/MailAccountText.h"

namespace tsunagu::ui {

MailAccountTableModel::MailAccountTableModel(MailAccountRepository& accounts, QObject* parent)
    : RowTableModel(parent)
    , m_accounts(accounts)
{
    auto column = [](auto display) {
        return [display](const MailAccountRow& r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return display(r);
            if (role == IdRole)
                return r.account.id;
            return {};
        };
    };
    setColumns({
        {tr("Account"), column([](const MailAccountRow& r) { return r.account.name; })},
        {tr("User name"), column([](const MailAccountRow& r) { return r.account.userName; })},
        {tr("Server"), column([](const MailAccountRow& r) {
             return QStringLiteral("%1:%2").arg(r.account.imapHost).arg(r.account.imapPort);
         })},
        {tr("Rooms"), column([](const MailAccountRow& r) {
             //: Separator between room codes in a list
             return r.roomCodes.join(tr(", "));
         })},
        {tr("Last error"),
         [](const MailAccountRow& r, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return MailAccountText::problem(r.account.lastError);
             if (role == Qt::ToolTipRole && r.account.lastError != MailAccountProblem::None)
                 return r.account.lastErrorDetail;
             if (role == IdRole)
                 return r.account.id;
             return {};
         }},
    });
}

StoreResult<Done> MailAccountTableModel::reload()
{
    auto accounts = m_accounts.all();
    if (!accounts)
        return accounts.error();
    QVector<MailAccountRow> rows;
    for (const MailAccount& account : accounts.value()) {
        auto rooms = m_accounts.roomCodes(account.id);
        if (!rooms)
            return rooms.error();
        rows.append({account, rooms.value()});
    }
    setRows(std::move(rows));
    return Done{};
}

} // namespace tsunagu::ui
