// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"
#include "attendance/AttendanceReport.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace tsunagu::ui {

class AttendanceSummaryModel;
class ReportCharts;

// 集計: attendance per room over a period, and the report of one room (or all) with its charts; printed, or saved
// as PDF or CSV for Excel. The figures are read on a worker thread with a connection of its own, so a store of
// a million attendance rows never holds the window.
class ReportsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit ReportsArea(UiServices& services, QWidget* parent = nullptr);

    // True once the figures of the current choice are shown (false while they are read).
    bool isLoaded() const { return m_loaded; }
    const AttendanceReport& shownReport() const { return m_report; }

Q_SIGNALS:
    // The figures of the current choice are shown (or their failure is).
    void reportLoaded();

protected:
    StoreResult<Done> reload() override;

private:
    // The chosen period, Japan days.
    QPair<QDate, QDate> period() const;
    void load();
    void print();
    void save(bool pdf);
    void setActionsEnabled(bool enabled);

    UiServices& m_services;
    AttendanceSummaryModel* m_model = nullptr;
    ReportCharts* m_charts = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_room = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_figures = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_saveCsv = nullptr;
    AttendanceReport m_report;
    bool m_loaded = false;
    int m_loadSerial = 0; // a load overtaken by a newer one is dropped
};

} // namespace tsunagu::ui
