// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReportRepository.h"

#include "storage/SqlSupport.h"

#include <QTimeZone>

namespace tsunagu {
namespace {

// "AND s.room_id = ?" only when a room is chosen; its value is bound after the period's.
QString roomFilter(qint64 roomId, const char* column)
{
    return roomId != 0 ? QStringLiteral(" AND %1 = ?").arg(QLatin1String(column)) : QString();
}

} // namespace

StoreResult<AttendanceTotals> ReportRepository::totals(qint64 roomId, const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString statement =
        QStringLiteral("SELECT COUNT(*), IFNULL(SUM(a.persons), 0), IFNULL(SUM(a.families), 0), "
                       "IFNULL(SUM(a.supporters), 0), IFNULL(SUM(a.others), 0), IFNULL(SUM(a.first_timers), 0) "
                       "FROM occurrences o JOIN attendance a ON a.occurrence_id = o.id "
                       "JOIN meeting_series s ON s.id = o.series_id "
                       "WHERE o.cancelled = 0 AND o.starts_at >= ? AND o.starts_at < ?") +
        roomFilter(roomId, "s.room_id");
    const bool ran = roomId != 0 ? sql::exec(q, statement, {sql::japanTime(from), sql::japanTime(to), roomId})
                                 : sql::exec(q, statement, {sql::japanTime(from), sql::japanTime(to)});
    if (!ran || !q.next())
        return sql::failure(q);
    AttendanceTotals t;
    t.meetingsHeld = q.value(0).toInt();
    t.persons = q.value(1).toLongLong();
    t.families = q.value(2).toLongLong();
    t.supporters = q.value(3).toLongLong();
    t.others = q.value(4).toLongLong();
    t.firstTimers = q.value(5).toLongLong();
    return t;
}

StoreResult<QVector<MeetingAttendance>> ReportRepository::perMeeting(qint64 roomId, const QDateTime& from,
                                                                     const QDateTime& to, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString statement =
        QStringLiteral("SELECT o.starts_at, r.code, a.persons + a.families + a.supporters + a.others "
                       "FROM occurrences o JOIN attendance a ON a.occurrence_id = o.id "
                       "JOIN meeting_series s ON s.id = o.series_id JOIN rooms r ON r.id = s.room_id "
                       "WHERE o.cancelled = 0 AND o.starts_at >= ? AND o.starts_at < ?") +
        roomFilter(roomId, "s.room_id") + QStringLiteral(" ORDER BY o.starts_at LIMIT ?");
    const bool ran = roomId != 0 ? sql::exec(q, statement, {sql::japanTime(from), sql::japanTime(to), roomId, limit})
                                 : sql::exec(q, statement, {sql::japanTime(from), sql::japanTime(to), limit});
    if (!ran)
        return sql::failure(q);
    QVector<MeetingAttendance> list;
    // One zone for every row: looking "Asia/Tokyo" up again for each of ten years of meetings was most of the
    // report's time.
    const QTimeZone japan("Asia/Tokyo");
    while (q.next()) {
        const QString text = q.value(0).toString();
        const QDateTime start(QDate::fromString(text.left(10), Qt::ISODate),
                              QTime::fromString(text.mid(11, 8), Qt::ISODate), japan);
        list.append({start, q.value(1).toString(), q.value(2).toInt()});
    }
    return list;
}

StoreResult<int> ReportRepository::membersJoined(qint64 roomId, const QDate& from, const QDate& toExclusive) const
{
    QSqlQuery q(m_database.connection());
    const QString statement = QStringLiteral("SELECT COUNT(*) FROM members WHERE joined_on >= ? AND joined_on < ?") +
                              roomFilter(roomId, "room_id");
    const bool ran = roomId != 0 ? sql::exec(q, statement, {sql::date(from), sql::date(toExclusive), roomId})
                                 : sql::exec(q, statement, {sql::date(from), sql::date(toExclusive)});
    if (!ran || !q.next())
        return sql::failure(q);
    return q.value(0).toInt();
}

StoreResult<QVector<QPair<QString, int>>> ReportRepository::referralSources(qint64 roomId, const QDateTime& from,
                                                                            const QDateTime& to) const
{
    QSqlQuery q(m_database.connection());
    const QString statement =
        QStringLiteral("SELECT IFNULL(c.organisation, trim(a.referral_source)) AS source, COUNT(*) AS n "
                       "FROM applicants a LEFT JOIN contacts c ON c.id = a.referral_contact_id "
                       "WHERE a.received_at >= ? AND a.received_at < ?") +
        roomFilter(roomId, "a.room_id") + QStringLiteral(" GROUP BY source ORDER BY n DESC, source");
    const bool ran = roomId != 0 ? sql::exec(q, statement, {sql::instant(from), sql::instant(to), roomId})
                                 : sql::exec(q, statement, {sql::instant(from), sql::instant(to)});
    if (!ran)
        return sql::failure(q);
    QVector<QPair<QString, int>> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt()});
    return list;
}

StoreResult<QVector<qint64>> ReportRepository::firstReplySeconds(qint64 roomId, const QDateTime& from,
                                                                 const QDateTime& to) const
{
    QSqlQuery q(m_database.connection());
    const QString statement =
        QStringLiteral("SELECT received_at, first_reply_at FROM applicants WHERE first_reply_at IS NOT NULL "
                       "AND received_at >= ? AND received_at < ?") +
        roomFilter(roomId, "room_id");
    const bool ran = roomId != 0 ? sql::exec(q, statement, {sql::instant(from), sql::instant(to), roomId})
                                 : sql::exec(q, statement, {sql::instant(from), sql::instant(to)});
    if (!ran)
        return sql::failure(q);
    QVector<qint64> list;
    while (q.next()) {
        const QDateTime received = sql::toInstant(q.value(0));
        const QDateTime replied = sql::toInstant(q.value(1));
        if (received.isValid() && replied.isValid())
            list.append(received.secsTo(replied));
    }
    return list;
}

} // namespace tsunagu
