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
    enum ColumnIndex { ReceivedColumn, FromColumn, SubjectColumn, NoteColumn };

    MessageTableModel(MessageRepository& messages, Classification classification, QObject* parent = nullptr);
    StoreResult<Done> reload();

private:
    MessageRepository& m_messages;
    Classification m_classification;
};

} // namespace tsunagu::ui
