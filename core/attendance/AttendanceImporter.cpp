// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceImporter.h"

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

    ImportPreview preview;
    preview.list = list.value();
    preview.roomId = roomId;
    preview.date = date;
    preview.meeting = meeting.value();
    preview.counts.occurrenceId = preview.meeting.occurrenceId;

    auto members = MemberRepository(m_database).forRoom(roomId);
    if (!members)
        return storeFailure(members.error());
    auto aliases = AttendanceRepository(m_database).aliases(roomId);
    if (!aliases)
        return storeFailure(aliases.error());
    QHash<QString, const Member*> byName;
    QHash<qint64, const Member*> byId;
    for (const Member& m : members.value()) {
        byName.insert(ZoomParticipants::foldName(m.anonymousName), &m);
        byId.insert(m.id, &m);
    }
    for (const ZoomParticipant& p : preview.list.participants) {
        ImportedPerson person;
        person.participant = p;
        const QString folded = ZoomParticipants::foldName(p.name);
        const Member* member = byId.value(aliases->value(folded), nullptr);
        if (!member)
            member = byName.value(folded, nullptr);
        if (member) {
            person.memberId = member->id;
            person.memberName = member->anonymousName;
            person.category = member->category;
        }
        count(preview.counts, person.category);
        preview.people.append(person);
    }
    if (preview.meeting.occurrenceId != 0) {
        auto recorded = AttendanceRepository(m_database).hasAttendance(preview.meeting.occurrenceId);
        if (!recorded)
            return storeFailure(recorded.error());
        preview.alreadyRecorded = recorded.value();
    }
    return preview;
}

Result<qint64, ImportError> AttendanceImporter::save(const ImportPreview& preview, const QDateTime& now,
                                                     bool replace) const
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
        if (p.memberId != 0)
            roster.append(p.memberId);
    }
    auto recorded = AttendanceRepository(m_database).record(counts, roster, now, replace);
    if (!recorded) {
        if (recorded.error().code == StoreError::Conflict)
            return Failure{ImportError::AlreadyRecorded, preview.date.toString(Qt::ISODate)};
        return storeFailure(recorded.error());
    }
    if (!transaction.commit())
        return Failure{ImportError::Store, transaction.error()};
    return occurrenceId;
}

} // namespace tsunagu
