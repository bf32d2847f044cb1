// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"
#include "domain/Room.h"
#include "storage/MeetingRepository.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tsunagu::ui {

// A meeting series added or changed: title, first start (Japan time), duration, beginner time, the repetition
// chosen in plain words (毎週 火・金, 隔週, 第2・第4木曜, 毎月第3火曜, 2か月に1度, extra meetings only, or a rule
// typed in) with the RRULE shown for the curious, the join details (secret, masked until asked) and pause/resume.
// Holidays are never skipped: a meeting on a holiday is cancelled one by one in the Meetings area. A rule libical
// rejects, or one that never gives a meeting, keeps Save unavailable with the reason shown: nothing is saved.
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Shape
    {
        Weekly,
        EveryOtherWeek,
        MonthlyOnWeeks, // 第2・第4木曜, 毎月第3火曜
        EveryTwoMonths, // 2か月に1度 第3日曜
        ExtraOnly,      // no rule: extra one-off meetings only
        Custom,         // the RRULE as typed
    };

    // `series.id` 0 adds a series (to the room chosen, `series.roomId` preselected).
    SeriesDialog(MeetingRepository& meetings, const QVector<Room>& rooms, const MeetingSeries& series,
                 QWidget* parent = nullptr);

    // The RRULE of a shape with its days (Qt::Monday … Qt::Sunday) and week positions (1…5); empty for ExtraOnly.
    static QString ruleOf(Shape shape, const QVector<int>& days, const QVector<int>& positions);

Q_SIGNALS:
    void seriesSaved(qint64 seriesId);

private:
    void fill(const MeetingSeries& series);
    void shapeChanged();
    void update();
    QStringList problems(QDateTime* firstStart) const;
    MeetingSeries series() const;
    void save();

    MeetingRepository& m_meetings;
    qint64 m_id = 0;
    QComboBox* m_room = nullptr;
    QLineEdit* m_title = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_beginner = nullptr;
    QComboBox* m_shape = nullptr;
    QVector<QCheckBox*> m_days;      // Monday … Sunday
    QVector<QCheckBox*> m_positions; // 第1 … 第5
    QLineEdit* m_rule = nullptr;
    QLabel* m_words = nullptr;
    QLineEdit* m_joinUrl = nullptr;
    QLineEdit* m_meetingId = nullptr;
    QLineEdit* m_passcode = nullptr;
    QCheckBox* m_showSecrets = nullptr;
    QCheckBox* m_paused = nullptr;
    QLineEdit* m_pauseNote = nullptr;
    QDateEdit* m_resumeOn = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tsunagu::ui
