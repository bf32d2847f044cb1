// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tsunagu::ui {

// The Zoom names a room remembers: each display name (as compared, folded) and the member it stands for. The host
// removes a mapping that is wrong or no longer wanted; the next participant list then asks again.
class ZoomAliasesDialog : public QDialog
{
    Q_OBJECT

public:
    ZoomAliasesDialog(Database& database, qint64 roomId, const QString& roomCode, QWidget* parent = nullptr);

Q_SIGNALS:
    void aliasRemoved();

private:
    void reload();
    void removeSelected();

    Database& m_database;
    qint64 m_roomId;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace tsunagu::ui
