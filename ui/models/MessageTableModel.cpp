// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageTableModel.h"

#include "text/DisplayText.h"

namespace tsunagu::ui {

MessageTableModel::MessageTableModel(MessageRepository& messages, Classification classification, QObject* parent)
    : RowTableModel(parent)
    , m_messages(messages)
    , m_classification(classification)
{
    auto column = [](auto display) {
        return [display](const Message& m, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return display(m);
            if (role == IdRole)
                return m.id;
            return {};
        };
    };
    setColumns({
        {tr("Received"),
         [column](const Message& m, int role) -> QVariant {
             if (role == SortRole)
                 return m.receivedAt;
             return column([](const Message& msg) { return DisplayText::dateTime(msg.receivedAt); })(m, role);
         }},
        {tr("From"), column([](const Message& m) { return m.fromAddress; })},
        {tr("Subject"), column([](const Message& m) { return m.subject; })},
        {tr("Note"), column([](const Message& m) -> QString {
             if (!m.spamReason.isEmpty())
                 return tr("Marked as spam by the mail server");
             return {};
         })},
    });
}

StoreResult<Done> MessageTableModel::reload()
{
    auto rows = m_messages.withClassification(m_classification);
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return Done{};
}

} // namespace tsunagu::ui
