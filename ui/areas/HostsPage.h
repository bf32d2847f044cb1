// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QWidget>

namespace tsunagu::ui {

class EditableTable;
class HostDialog;
class HostTableModel;

// Settings › Hosts: who answers for which rooms and how their replies are signed.
class HostsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HostsPage(UiServices& services, QWidget* parent = nullptr);
    StoreResult<Done> reload();

Q_SIGNALS:
    void hostsChanged();

private:
    void openDialog(int row);
    void save(HostDialog* dialog, bool isNew);
    void remove(int row);

    UiServices& m_services;
    HostTableModel* m_model;
    EditableTable* m_table;
};

} // namespace tsunagu::ui
