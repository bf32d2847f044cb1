// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QWidget>

class QTableWidget;

namespace tsunagu::ui {

// 設定 → 監査ログ: what was done when, by which host, to which record (ids only, never personal data), read-only,
// with the whole log exported as CSV for Excel.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(UiServices& services, QWidget* parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void exportCsv();

    UiServices& m_services;
    QTableWidget* m_table = nullptr;
};

} // namespace tsunagu::ui
