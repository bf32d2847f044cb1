// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceImporter.h"

#include "attendance/MemberMatcher.h"

#include "storage/AttendanceRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/SqlTransaction.h"

#include <QTimeZone>

namespace tsunagu {
namespace {

using Failure = Error<ImportError>;

Failure storeFailure(const StoreFailure& f)
{
    return Failure{ImportError::Store, f.detail};
}

void count(Attendance& a, Category category)
{
    switch (category) {
    case Category::Person:
        ++a.persons;
        break;
    case Category::Family:
        ++a.families;
        break;
    case Category::Supporter:
        ++a.supporters;
        break;
    case Category::Other:
    case Category::Unknown:
        ++a.others;
        break;
    }
}

} // namespace

Result<PlannedOccurrence, ImportError> AttendanceImporter::meetingOn(qint64 roomId, const QDate& date,
                                                                     const QDateTime& near) const
{
    auto series = MeetingRepository(m_database).seriesForRoom(roomId);
    if (!series)
        return storeFailure(series.error());
    const QTimeZone japan("Asia/Tokyo");
    const QDateTime from(date, QTime(0, 0), japan);
    auto planned = OccurrencePlanner(m_database).forAll(series.value(), from, from.addDays(1), 50);
    if (!planned)
        return storeFailure(planned.error());
    const PlannedOccurrence* best = nullptr;
    for (const PlannedOccurrence& p : planned.value()) {
        if (p.cancelled)
            continue;
        if (!best || (near.isValid() && qAbs(p.start.secsTo(near)) < qAbs(best->start.secsTo(near))))
            best = &p;
    }
    if (!best)
        return Failure{ImportError::NoMeeting, date.toString(Qt::ISODate)};
    return *best;
}

Result<ImportPreview, ImportError> AttendanceImporter::preview(const QByteArray& csv, qint64 roomId, const QDate& date,
                                                               const ZoomImportOptions& options) const
{
    auto list = ZoomParticipants::read(csv, options);
    if (!list) {
        Failure failure{ImportError::Csv, list.error().detail};
        return failure;
    }
    if (list->meetingDate.isValid() && list->meetingDate != date)
        return Failure{ImportError::OtherDate, list->meetingDate.toString(Qt::ISODate)};
    const QDateTime firstJoin = list->participants.isEmpty() ? QDateTime() : list->participants.first().firstJoin;
    auto meeting = meetingOn(roomId, date, firstJoin);
    if (!meeting)
        return meeting.error();
    return previewFor(list.value(), meeting.value());
}

Result<ImportPreview, ImportError> AttendanceImporter::previewFor(const ZoomParticipantList& list,
                                                                  const PlannedOccurrence& meeting) const
{
    const QDate date = meeting.start.toTimeZone(QTimeZone("Asia/Tokyo")).date();
    if (list.meetingDate.isValid() && list.meetingDate != date)
        return Failure{ImportError::OtherDate, list.meetingDate.toString(Qt::ISODate)};

    ImportPreview preview;
    preview.list = list;
    preview.roomId = meeting.roomId;
    preview.date = date;
    preview.meeting = meeting;
    preview.counts.occurrenceId = meeting.occurrenceId;

    auto members = MemberRepository(m_database).forRoom(meeting.roomId);
    if (!members)
        return storeFailure(members.error());
    auto aliases = AttendanceRepository(m_database).aliases(meeting.roomId);
    if (!aliases)
        return storeFailure(aliases.error());
    preview.members = members.value();
    preview.aliases = aliases.value();
    const MemberMatcher matcher(preview.members, preview.aliases);
    for (const ZoomParticipant& p : preview.list.participants) {
        ImportedPerson person;
        person.participant = p;
        if (const Member* member = matcher.match(p.name)) {
            person.memberId = member->id;
            person.memberName = member->anonymousName;
            person.category = member->category;
        }
        preview.people.append(person);
    }
    const Attendance counts = countsOf(preview.people);
    preview.counts.persons = counts.persons;
    preview.counts.families = counts.families;
    preview.counts.supporters = counts.supporters;
    preview.counts.others = counts.others;
    preview.counts.firstTimers = counts.firstTimers;
    if (meeting.occurrenceId != 0) {
        auto recorded = AttendanceRepository(m_database).hasAttendance(meeting.occurrenceId);
        if (!recorded)
            return storeFailure(recorded.error());
        preview.alreadyRecorded = recorded.value();
    }
    return preview;
}

Attendance AttendanceImporter::countsOf(const QVector<ImportedPerson>& people)
{
    Attendance a;
    for (const ImportedPerson& p : people) {
        count(a, p.category);
        a.firstTimers += p.firstTime ? 1 : 0;
    }
    return a;
}

Result<qint64, ImportError> AttendanceImporter::save(const ImportPreview& preview, const QDateTime& now, bool replace,
                                                     const QHash<QString, qint64>& newAliases) const
{
    if (preview.alreadyRecorded && !replace)
        return Failure{ImportError::AlreadyRecorded, preview.date.toString(Qt::ISODate)};
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return Failure{ImportError::Store, transaction.error()};
    MeetingRepository meetings(m_database);
    qint64 occurrenceId = preview.meeting.occurrenceId;
    if (occurrenceId == 0) {
        // A meeting the rule planned and nothing was stored for yet: stored now, with its attendance.
        auto id = meetings.insertOccurrence({0, preview.meeting.seriesId, preview.meeting.start, false, {}, {}});
        if (!id)
            return storeFailure(id.error());
        occurrenceId = id.value();
    }
    Attendance counts = preview.counts;
    counts.occurrenceId = occurrenceId;
    QVector<qint64> roster;
    for (const ImportedPerson& p : preview.people) {
        if (p.memberId != 0 && !roster.contains(p.memberId))
            roster.append(p.memberId);
    }
    AttendanceRepository attendance(m_database);
    auto recorded = attendance.record(counts, roster, now, replace);
    if (!recorded) {
        if (recorded.error().code == StoreError::Conflict)
            return Failure{ImportError::AlreadyRecorded, preview.date.toString(Qt::ISODate)};
        return storeFailure(recorded.error());
    }
    for (auto alias = newAliases.cbegin(); alias != newAliases.cend(); ++alias) {
        if (alias.value() == 0)
            continue;
        if (auto remembered = attendance.setAlias(preview.roomId, alias.key(), alias.value()); !remembered)
            return storeFailure(remembered.error());
    }
    if (!transaction.commit())
        return Failure{ImportError::Store, transaction.error()};
    return occurrenceId;
}

} // namespace tsunagu
