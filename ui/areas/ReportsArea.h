// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace tsunagu {
struct AttendanceReport;
}

namespace tsunagu::ui {

class AttendanceSummaryModel;

// 集計: attendance per room over a period; the report printed or saved as PDF for a room or for all.
class ReportsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit ReportsArea(UiServices& services, QWidget* parent = nullptr);

protected:
    StoreResult<Done> reload() override;

private:
    // The chosen period, Japan days.
    QPair<QDate, QDate> period() const;
    // The report of the chosen room (or all) and period; false when it could not be read (the host was told).
    bool report(AttendanceReport* report);
    void print();
    void savePdf();

    UiServices& m_services;
    AttendanceSummaryModel* m_model = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_total = nullptr;
    QComboBox* m_room = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_savePdf = nullptr;
};

} // namespace tsunagu::ui
