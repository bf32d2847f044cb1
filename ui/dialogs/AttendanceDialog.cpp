// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AttendanceDialog.h"

#include "dialogs/ZoomImportDialog.h"

#include "attendance/AttendanceImporter.h"
#include "storage/AttendanceRepository.h"
#include "text/DisplayText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsunagu::ui {

AttendanceDialog::AttendanceDialog(Database& database, Prompter& prompter, const Clock& clock,
                                   const PlannedOccurrence& meeting, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_meeting(meeting)
{
    setObjectName(QStringLiteral("attendanceDialog"));
    setWindowTitle(tr("Attendance"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(title + QLatin1Char('\n') + DisplayText::dateTime(meeting.start), this));
    auto* form = new QFormLayout;
    auto spin = [this, form](const char* name, const QString& label) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, 100000);
        form->addRow(label, box);
        connect(box, &QSpinBox::valueChanged, this, &AttendanceDialog::updateTotal);
        return box;
    };
    m_persons = spin("personsSpin", tr("&Persons:"));
    m_families = spin("familiesSpin", tr("&Families:"));
    m_supporters = spin("supportersSpin", tr("&Supporters / visitors:"));
    m_others = spin("othersSpin", tr("&Others / unclassified:"));
    m_firstTimers = spin("firstTimersSpin", tr("First-&timers (of those):"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    form->addRow(tr("Total:"), m_total);
    layout->addLayout(form);
    auto* zoom = new QPushButton(tr("Read from a &Zoom participant list…"), this);
    zoom->setObjectName(QStringLiteral("zoomImportButton"));
    zoom->setEnabled(meeting.roomId != 0);
    layout->addWidget(zoom);
    connect(zoom, &QPushButton::clicked, this, [this, title] { importZoomList(title); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (meeting.occurrenceId != 0) {
        auto existing = AttendanceRepository(database).attendanceOf(meeting.occurrenceId);
        if (existing) {
            m_existing = true;
            m_persons->setValue(existing->persons);
            m_families->setValue(existing->families);
            m_supporters->setValue(existing->supporters);
            m_others->setValue(existing->others);
            m_firstTimers->setValue(existing->firstTimers);
        }
    }
    updateTotal();
    m_persons->setFocus();
    m_persons->selectAll();
}

void AttendanceDialog::updateTotal()
{
    const int total = m_persons->value() + m_families->value() + m_supporters->value() + m_others->value();
    m_total->setText(tr("%n participant(s)", nullptr, total));
}

void AttendanceDialog::save()
{
    Attendance counts;
    counts.persons = m_persons->value();
    counts.families = m_families->value();
    counts.supporters = m_supporters->value();
    counts.others = m_others->value();
    counts.firstTimers = m_firstTimers->value();
    if (counts.firstTimers > counts.total()) {
        m_prompter.inform(this, tr("Attendance"), tr("There cannot be more first-timers than participants."));
        m_firstTimers->setFocus();
        return;
    }
    ImportPreview entry;
    entry.roomId = m_meeting.roomId;
    entry.date = m_meeting.start.date();
    entry.meeting = m_meeting;
    entry.counts = counts;
    entry.alreadyRecorded = m_existing;
    // Typed counts change the numbers, not who came: the members recorded from a Zoom list stay on the roster.
    if (m_existing) {
        auto roster = AttendanceRepository(m_database).rosterOf(m_meeting.occurrenceId);
        if (!roster) {
            m_prompter.inform(
                this, tr("Attendance"),
                tr("The attendance could not be saved. Nothing was changed.\n%1").arg(roster.error().detail));
            return;
        }
        for (const qint64 member : roster.value()) {
            ImportedPerson person;
            person.memberId = member;
            entry.people.append(person);
        }
    }
    // The host sees the counts already recorded in the boxes, so saving replaces them knowingly.
    auto saved = AttendanceImporter(m_database).save(entry, m_clock.now(), true);
    if (!saved) {
        m_prompter.inform(this, tr("Attendance"),
                          tr("The attendance could not be saved. Nothing was changed.\n%1").arg(saved.error().detail));
        return;
    }
    Q_EMIT attendanceSaved();
    accept();
}

void AttendanceDialog::importZoomList(const QString& title)
{
    auto* dialog = new ZoomImportDialog(m_database, m_prompter, m_clock, m_meeting, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The list's counts and roster replace what these boxes hold: saving the boxes afterwards would drop the roster.
    connect(dialog, &ZoomImportDialog::attendanceSaved, this, [this] {
        Q_EMIT attendanceSaved();
        accept();
    });
    dialog->open();
}

} // namespace tsunagu::ui
