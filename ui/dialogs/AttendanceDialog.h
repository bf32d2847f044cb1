// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Prompter.h"
#include "schedule/OccurrencePlanner.h"
#include "storage/Database.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace tsunagu::ui {

// 参加記録: the counts of one meeting by category, typed in a few keystrokes (Tab between the boxes, Enter saves).
// Counts already recorded are shown and replaced; first-timers cannot outnumber everyone. The counts can also be
// read from the meeting's Zoom participant list (ZoomImportDialog).
class AttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(Database& database, Prompter& prompter, const Clock& clock, const PlannedOccurrence& meeting,
                     const QString& title, QWidget* parent = nullptr);

Q_SIGNALS:
    void attendanceSaved();

private:
    void save();
    void updateTotal();
    void importZoomList(const QString& title);

    Database& m_database;
    Prompter& m_prompter;
    const Clock& m_clock;
    PlannedOccurrence m_meeting;
    bool m_existing = false;
    QSpinBox* m_persons = nullptr;
    QSpinBox* m_families = nullptr;
    QSpinBox* m_supporters = nullptr;
    QSpinBox* m_others = nullptr;
    QSpinBox* m_firstTimers = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace tsunagu::ui
