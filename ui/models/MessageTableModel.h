// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"
#include "models/RowTableModel.h"
#include "storage/MessageRepository.h"

namespace tsunagu::ui {

// Incoming mail of one classification (未分類 or 迷惑メール), newest first.
class MessageTableModel : public RowTableModel<Message>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        ReceivedColumn,
        FromColumn,
        SubjectColumn,
        NoteColumn
    };

    // Rows shown at once, and added per turn of the event loop after them (showRows()).
    static constexpr int s_batch = 500;

    MessageTableModel(MessageRepository& messages, Classification classification, QObject* parent = nullptr);
    StoreResult<Done> reload();
    // Shows rows read elsewhere (on a worker thread): the first s_batch at once, the others s_batch per turn of the
    // event loop, so that thousands of mails never hold up the window. A later call replaces what is still pending.
    void showRows(QVector<Message> rows);
    // Rows of the last showRows() are still to come.
    bool isFilling() const { return m_next < m_pending.size(); }

Q_SIGNALS:
    // Every row of the last showRows() is in.
    void filled();

private:
    void addNextBatch(quint64 generation);

    MessageRepository& m_messages;
    Classification m_classification;
    QVector<Message> m_pending; // what showRows() was given; [m_next, end) is not shown yet
    qsizetype m_next = 0;
    quint64 m_generation = 0; // a batch scheduled for an earlier showRows() does nothing
};

} // namespace tsunagu::ui
