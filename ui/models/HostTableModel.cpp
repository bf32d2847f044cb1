// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/HostTableModel.h"

namespace tsunagu::ui {

HostTableModel::HostTableModel(HostRepository& hosts, QObject* parent)
    : RowTableModel(parent)
    , m_hosts(hosts)
{
    auto column = [](auto display) {
        return [display](const Host& h, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return display(h);
            if (role == IdRole)
                return h.id;
            return {};
        };
    };
    setColumns({
        {tr("Host"), column([](const Host& h) { return h.displayName; })},
        {tr("Rooms"), column([](const Host& h) {
             //: Separator between room codes in a list
             return h.roomCodes.join(tr(", "));
         })},
        {tr("Signature"), column([](const Host& h) { return h.signature; })},
    });
}

StoreResult<Done> HostTableModel::reload()
{
    auto hosts = m_hosts.all();
    if (!hosts)
        return hosts.error();
    setRows(std::move(hosts).value());
    return Done{};
}

} // namespace tsunagu::ui
