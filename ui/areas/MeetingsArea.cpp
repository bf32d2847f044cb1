// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/MeetingsArea.h"

#include "common/JoinDetailsNotice.h"
#include "common/TableFilterProxy.h"
#include "common/ViewActions.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/MoveMeetingDialog.h"
#include "dialogs/SeriesDialog.h"
#include "dialogs/ZoomImportDialog.h"
#include "models/OccurrenceTableModel.h"

#include "text/DisplayText.h"
#include "text/ErrorText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

MeetingsArea::MeetingsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Meetings"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("meetingsArea"));
    auto* bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("Next 7 days"), 7);
    m_range->addItem(tr("Next 4 weeks"), 28);
    m_range->addItem(tr("Next 6 weeks"), 42);
    m_range->setCurrentIndex(1);
    auto* label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_range);
    bar->addWidget(label);
    bar->addWidget(m_range);
    bar->addStretch(1);
    auto* note = new QLabel(tr("Times are Japan time."), this);
    bar->addWidget(note);
    m_cancel = new QPushButton(tr("&Cancel this meeting…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelMeetingButton"));
    m_restore = new QPushButton(tr("&Restore as planned"), this);
    m_restore->setObjectName(QStringLiteral("restoreMeetingButton"));
    m_attendance = new QPushButton(tr("&Attendance…"), this);
    m_attendance->setObjectName(QStringLiteral("attendanceButton"));
    bar->addWidget(m_attendance);
    m_move = new QPushButton(tr("&Move this meeting…"), this);
    m_move->setObjectName(QStringLiteral("moveMeetingButton"));
    bar->addWidget(m_move);
    bar->addWidget(m_cancel);
    bar->addWidget(m_restore);
    contentLayout()->addLayout(bar);
    auto* seriesBar = new QHBoxLayout;
    m_addSeries = new QPushButton(tr("A&dd a series…"), this);
    m_addSeries->setObjectName(QStringLiteral("addSeriesButton"));
    m_editSeries = new QPushButton(tr("C&hange this series…"), this);
    m_editSeries->setObjectName(QStringLiteral("editSeriesButton"));
    // On the second row: the first is as wide as the window may be narrow.
    m_zoomImport = new QPushButton(tr("Read from a &Zoom participant list…"), this);
    m_zoomImport->setObjectName(QStringLiteral("zoomImportButton"));
    seriesBar->addWidget(m_zoomImport);
    seriesBar->addStretch(1);
    seriesBar->addWidget(m_addSeries);
    seriesBar->addWidget(m_editSeries);
    contentLayout()->addLayout(seriesBar);

    m_model = new OccurrenceTableModel(services.meetings, services.clock, this);
    auto* proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_model);
    m_view = makeTableView(proxy, QStringLiteral("meetingsView"), this);
    ViewActions{{m_attendance, m_zoomImport, m_move, m_cancel, m_restore, m_editSeries}, m_attendance, m_cancel}
        .attachTo(m_view);
    m_view->sortByColumn(OccurrenceTableModel::StartColumn, Qt::AscendingOrder);
    contentLayout()->addWidget(m_view, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &MeetingsArea::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &MeetingsArea::cancelSelected);
    connect(m_restore, &QPushButton::clicked, this, &MeetingsArea::restoreSelected);
    connect(m_attendance, &QPushButton::clicked, this, &MeetingsArea::enterAttendance);
    connect(m_zoomImport, &QPushButton::clicked, this, &MeetingsArea::importZoomList);
    connect(m_move, &QPushButton::clicked, this, &MeetingsArea::moveSelected);
    connect(m_addSeries, &QPushButton::clicked, this, [this] { editSeries(0); });
    connect(m_editSeries, &QPushButton::clicked, this, [this] {
        if (const OccurrenceRow* row = selectedRow())
            editSeries(row->occurrence.seriesId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeetingsArea::selectionChanged);
    selectionChanged();
}

const OccurrenceRow* MeetingsArea::selectedRow() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return nullptr;
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_view->model());
    const QModelIndex source = proxy->mapToSource(selected.first());
    return source.isValid() ? &m_model->rowAt(source.row()) : nullptr;
}

void MeetingsArea::selectionChanged()
{
    const OccurrenceRow* row = selectedRow();
    m_cancel->setEnabled(row && !row->occurrence.cancelled && !row->hasAttendance);
    m_restore->setEnabled(row && (row->occurrence.cancelled || row->moved));
    m_attendance->setEnabled(row && !row->occurrence.cancelled);
    m_zoomImport->setEnabled(row && !row->occurrence.cancelled);
    m_editSeries->setEnabled(row != nullptr);
    m_move->setEnabled(row && !row->occurrence.cancelled && !row->hasAttendance);
}

void MeetingsArea::moveSelected()
{
    const OccurrenceRow* row = selectedRow();
    if (!row)
        return;
    // An extra meeting has no planned start: it is found by its own.
    const QDateTime planned =
        row->occurrence.originalStart.isValid() ? row->occurrence.originalStart : row->occurrence.startsAt;
    auto* dialog =
        new MoveMeetingDialog(m_services.meetings, row->occurrence.seriesId, planned, row->occurrence.startsAt,
                              row->roomCode + QLatin1Char(' ') + row->seriesTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoveMeetingDialog::meetingMoved, this, &MeetingsArea::refresh);
    dialog->open();
}

void MeetingsArea::editSeries(qint64 seriesId)
{
    auto rooms = m_services.rooms.all();
    MeetingSeries series;
    auto found = seriesId != 0 ? m_services.meetings.series(seriesId) : StoreResult<MeetingSeries>(series);
    if (!rooms || !found) {
        const StoreError code = !rooms ? rooms.error().code : found.error().code;
        m_services.prompter.inform(this, tr("Meeting series"),
                                   ErrorText::title(code) + QLatin1Char('\n') +
                                       ErrorText::explanation(code, m_services.profileDirectory));
        return;
    }
    auto* dialog = new SeriesDialog(m_services.meetings, rooms.value(), found.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Changed join details: recorded, and the applicants who hold the old ones are offered a notice.
    connect(dialog, &SeriesDialog::seriesSaved, this,
            [this, before = found.value()] { JoinDetailsNotice::afterSave(this, m_services, before); });
    connect(dialog, &SeriesDialog::seriesSaved, this, &MeetingsArea::refresh);
    dialog->open();
}

void MeetingsArea::enterAttendance()
{
    const OccurrenceRow* row = selectedRow();
    if (!row)
        return;
    auto* dialog = new AttendanceDialog(m_services.database, m_services.prompter, m_services.clock, meetingOf(*row),
                                        row->roomCode + QLatin1Char(' ') + row->seriesTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttendanceDialog::attendanceSaved, this, &MeetingsArea::refresh);
    dialog->open();
}

void MeetingsArea::importZoomList()
{
    const OccurrenceRow* row = selectedRow();
    if (!row)
        return;
    auto* dialog = new ZoomImportDialog(m_services.database, m_services.prompter, m_services.clock, meetingOf(*row),
                                        row->roomCode + QLatin1Char(' ') + row->seriesTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ZoomImportDialog::attendanceSaved, this, &MeetingsArea::refresh);
    dialog->open();
}

PlannedOccurrence MeetingsArea::meetingOf(const OccurrenceRow& row) const
{
    PlannedOccurrence meeting;
    meeting.occurrenceId = row.occurrence.id;
    meeting.seriesId = row.occurrence.seriesId;
    meeting.start = row.occurrence.startsAt;
    meeting.durationMinutes = row.durationMinutes;
    if (auto series = m_services.meetings.series(row.occurrence.seriesId))
        meeting.roomId = series->roomId;
    return meeting;
}

void MeetingsArea::cancelSelected()
{
    const OccurrenceRow* row = selectedRow();
    if (!row)
        return;
    const OccurrenceRow chosen = *row;
    const QString when = DisplayText::dateTime(chosen.occurrence.startsAt);
    if (!m_services.prompter.confirm(this, tr("Cancel this meeting"),
                                     tr("Cancel the meeting of %1 on %2? The other meetings of the series stay as "
                                        "they are, and the replies stop offering this one.")
                                         .arg(chosen.roomCode, when),
                                     tr("Cancel the meeting")))
        return;
    // An extra meeting has no planned start: it is found by its own.
    const QDateTime planned =
        chosen.occurrence.originalStart.isValid() ? chosen.occurrence.originalStart : chosen.occurrence.startsAt;
    auto done = m_services.meetings.cancelOccurrence(chosen.occurrence.seriesId, planned, {});
    if (!done) {
        m_services.prompter.inform(this, tr("Cancel this meeting"),
                                   ErrorText::title(done.error().code) + QLatin1Char('\n') +
                                       ErrorText::explanation(done.error().code, m_services.profileDirectory));
    }
    refresh();
}

void MeetingsArea::restoreSelected()
{
    const OccurrenceRow* row = selectedRow();
    if (!row)
        return;
    const OccurrenceRow chosen = *row;
    const QDateTime planned =
        chosen.occurrence.originalStart.isValid() ? chosen.occurrence.originalStart : chosen.occurrence.startsAt;
    auto done = m_services.meetings.restoreOccurrence(chosen.occurrence.seriesId, planned);
    if (!done) {
        m_services.prompter.inform(this, tr("Restore as planned"),
                                   ErrorText::title(done.error().code) + QLatin1Char('\n') +
                                       ErrorText::explanation(done.error().code, m_services.profileDirectory));
    }
    refresh();
}

StoreResult<Done> MeetingsArea::reload()
{
    auto loaded = m_model->reload(m_range->currentData().toInt());
    if (loaded)
        m_view->resizeColumnsToContents();
    selectionChanged();
    return loaded;
}

} // namespace tsunagu::ui
