// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/MoveMeetingDialog.h"

#include "common/FormProblems.h"
#include "schedule/OccurrencePlanner.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tsunagu::ui {

MoveMeetingDialog::MoveMeetingDialog(MeetingRepository& meetings, qint64 seriesId, const QDateTime& plannedStart,
                                     const QDateTime& currentStart, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_meetings(meetings)
    , m_seriesId(seriesId)
    , m_planned(plannedStart)
    , m_current(currentStart.toTimeZone(QTimeZone("Asia/Tokyo")))
{
    setObjectName(QStringLiteral("moveMeetingDialog"));
    setWindowTitle(tr("Move this meeting"));
    auto* form = new QFormLayout;
    auto* what = new QLabel(title + QStringLiteral("\n") + DisplayText::dateTime(m_current), this);
    form->addRow(tr("Meeting:"), what);
    m_start = new QDateTimeEdit(QDateTime(m_current.date(), m_current.time()), this);
    m_start->setObjectName(QStringLiteral("newStartEdit"));
    m_start->setDisplayFormat(DisplayText::dateTimeFormat());
    m_start->setCalendarPopup(true);
    form->addRow(tr("&New start (Japan time):"), m_start);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("moveNoteEdit"));
    form->addRow(tr("N&ote:"), m_note);
    auto* note = new QLabel(tr("Only this meeting moves; the series and its other meetings stay as they are."), this);
    note->setWordWrap(true);
    m_problems = FormProblems::makeLabel(QStringLiteral("moveProblemsLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MoveMeetingDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveMeetingDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QDateTime MoveMeetingDialog::newStart() const
{
    const QDateTime local = m_start->dateTime();
    return QDateTime(local.date(), local.time(), QTimeZone("Asia/Tokyo"));
}

void MoveMeetingDialog::update()
{
    QStringList lines;
    if (newStart() == m_current)
        lines << tr("Choose the new day or time.");
    FormProblems::show(m_problems, m_buttons, lines);
}

void MoveMeetingDialog::save()
{
    if (newStart() == m_current)
        return;
    // The store refuses a start it holds already; a meeting the rule plans there is not stored yet, so the plan is
    // asked too: two meetings of one series at the same time would reach applicants as a double invitation.
    const QString taken = tr("The series already has a meeting at %1, or this meeting was changed meanwhile. Nothing "
                             "was changed: choose another time.")
                              .arg(DisplayText::dateTime(newStart()));
    auto series = m_meetings.series(m_seriesId);
    if (!series) {
        FormProblems::show(m_problems, m_buttons, {ErrorText::title(series.error().code)});
        return;
    }
    auto planned =
        OccurrencePlanner(m_meetings.database()).forSeries(series.value(), newStart(), newStart().addSecs(1), 5);
    if (!planned) {
        FormProblems::show(m_problems, m_buttons, {ErrorText::title(planned.error().code)});
        return;
    }
    for (const PlannedOccurrence& p : planned.value()) {
        if (p.start == newStart() && !p.cancelled) {
            FormProblems::show(m_problems, m_buttons, {taken});
            return;
        }
    }
    auto moved = m_meetings.moveOccurrence(m_seriesId, m_planned, newStart(), m_note->text().trimmed());
    if (!moved) {
        const QString reason =
            moved.error().code == StoreError::Conflict ? taken : ErrorText::title(moved.error().code);
        FormProblems::show(m_problems, m_buttons, {reason});
        return;
    }
    Q_EMIT meetingMoved();
    accept();
}

} // namespace tsunagu::ui
