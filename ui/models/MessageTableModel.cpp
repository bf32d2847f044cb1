// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MessageTableModel.h"

#include "text/DisplayText.h"

#include <QTimer>

#include <algorithm>

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
    ++m_generation; // batches still pending from showRows() would add older rows
    m_pending.clear();
    m_next = 0;
    setRows(std::move(rows).value());
    return Done{};
}

void MessageTableModel::showRows(QVector<Message> rows)
{
    const quint64 generation = ++m_generation;
    m_pending = std::move(rows);
    m_next = std::min<qsizetype>(m_pending.size(), s_batch);
    setRows(m_pending.mid(0, m_next));
    if (!isFilling()) {
        m_pending.clear();
        m_next = 0;
        Q_EMIT filled();
        return;
    }
    QTimer::singleShot(0, this, [this, generation] { addNextBatch(generation); });
}

void MessageTableModel::addNextBatch(quint64 generation)
{
    if (generation != m_generation)
        return;
    const qsizetype end = std::min<qsizetype>(m_pending.size(), m_next + s_batch);
    appendRows(m_pending.mid(m_next, end - m_next));
    m_next = end;
    if (isFilling()) {
        QTimer::singleShot(0, this, [this, generation] { addNextBatch(generation); });
        return;
    }
    m_pending.clear();
    m_next = 0;
    Q_EMIT filled();
}

} // namespace tsunagu::ui
