// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberTableModel.h"

#include "text/DisplayText.h"

namespace tsunagu::ui {

MemberTableModel::MemberTableModel(MemberRepository& members, QObject* parent)
    : RowTableModel(parent)
    , m_members(members)
{
    auto column = [](auto display) {
        return [display](const MemberRow& r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return display(r);
            if (role == IdRole)
                return r.member.id;
            if (role == FilterRole)
                return r.roomCode;
            return {};
        };
    };
    setColumns({
        {tr("Name"), column([](const MemberRow& r) { return r.member.anonymousName; })},
        {tr("Room"), column([](const MemberRow& r) { return r.roomCode; })},
        {tr("Category"), column([](const MemberRow& r) { return DisplayText::category(r.member.category); })},
        {tr("Joined"),
         [column](const MemberRow& r, int role) -> QVariant {
             if (role == SortRole)
                 return r.member.joinedOn;
             return column([](const MemberRow& row) { return DisplayText::date(row.member.joinedOn); })(r, role);
         }},
        {tr("Status"), column([](const MemberRow& r) { return DisplayText::memberStatus(r.member.status); })},
    });
}

StoreResult<Done> MemberTableModel::reload()
{
    auto rows = m_members.all();
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return Done{};
}

} // namespace tsunagu::ui
