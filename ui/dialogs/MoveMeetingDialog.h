// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"
#include "storage/MeetingRepository.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tsunagu::ui {

// One meeting moved to another day or time (Japan time), the series untouched. A time the series already meets
// at is refused with the reason, nothing changed; the move can be undone with "restore as planned".
class MoveMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // `plannedStart`: the start the rule planned for this meeting (its own start for an extra meeting).
    MoveMeetingDialog(MeetingRepository& meetings, qint64 seriesId, const QDateTime& plannedStart,
                      const QDateTime& currentStart, const QString& title, QWidget* parent = nullptr);

Q_SIGNALS:
    void meetingMoved();

private:
    QDateTime newStart() const;
    void update();
    void save();

    MeetingRepository& m_meetings;
    qint64 m_seriesId;
    QDateTime m_planned;
    QDateTime m_current;
    QDateTimeEdit* m_start = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tsunagu::ui
