// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QWidget>

namespace tsunagu::ui {

class EditableTable;
class RoomDialog;
class RoomTableModel;

// Settings › Rooms: every room of the profile, added, changed (a passcode, a deadline, a pause) and removed here.
class RoomsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RoomsPage(UiServices& services, QWidget* parent = nullptr);
    StoreResult<Done> reload();

Q_SIGNALS:
    // A room was added, changed or removed: other areas show rooms too.
    void roomsChanged();

private:
    void openDialog(int row);
    void save(RoomDialog* dialog, bool isNew);
    // The chat link changed: offers drafts with the new one to those who hold the old one, and audits the change.
    void noticeNewSecret(qint64 roomId, const QString& code, const QVector<qint64>& holders);
    void remove(int row);
    QStringList codesExcept(const QString& code) const;

    UiServices& m_services;
    RoomTableModel* m_model;
    EditableTable* m_table;
};

} // namespace tsunagu::ui
