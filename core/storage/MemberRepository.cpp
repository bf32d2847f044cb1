// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MemberRepository.h"

#include "storage/SqlSupport.h"

namespace tsunagu {

StoreResult<qint64> MemberRepository::insert(const Member& m)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO members (room_id, anonymous_name, category, joined_on, status, "
                                  "applicant_id) VALUES (?, ?, ?, ?, ?, ?)"),
                   {m.roomId, m.anonymousName, categoryKey(m.category), sql::date(m.joinedOn),
                    memberStatusKey(m.status), sql::id(m.applicantId)}))
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<QVector<MemberRow>> MemberRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT m.id, m.room_id, m.anonymous_name, m.category, m.joined_on, m.status, "
                                     "m.applicant_id, r.code FROM members m JOIN rooms r ON r.id = m.room_id "
                                     "ORDER BY r.sort_order, r.code, m.anonymous_name")))
        return sql::failure(q);
    QVector<MemberRow> rows;
    while (q.next()) {
        MemberRow row;
        row.member.id = q.value(0).toLongLong();
        row.member.roomId = q.value(1).toLongLong();
        row.member.anonymousName = q.value(2).toString();
        row.member.category = categoryFromKey(q.value(3).toString());
        row.member.joinedOn = sql::toDate(q.value(4));
        row.member.status = memberStatusFromKey(q.value(5).toString());
        row.member.applicantId = q.value(6).toLongLong();
        row.roomCode = q.value(7).toString();
        rows.append(row);
    }
    return rows;
}

StoreResult<QVector<Member>> MemberRepository::forRoom(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, room_id, anonymous_name, category, joined_on, status, applicant_id "
                                  "FROM members WHERE room_id = ? ORDER BY anonymous_name"),
                   {roomId}))
        return sql::failure(q);
    QVector<Member> list;
    while (q.next()) {
        Member m;
        m.id = q.value(0).toLongLong();
        m.roomId = q.value(1).toLongLong();
        m.anonymousName = q.value(2).toString();
        m.category = categoryFromKey(q.value(3).toString());
        m.joinedOn = sql::toDate(q.value(4));
        m.status = memberStatusFromKey(q.value(5).toString());
        m.applicantId = q.value(6).toLongLong();
        list.append(m);
    }
    return list;
}

StoreResult<Done> MemberRepository::update(const Member& m)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE members SET room_id = ?, anonymous_name = ?, category = ?, joined_on = ?, "
                                  "status = ?, applicant_id = ? WHERE id = ?"),
                   {m.roomId, m.anonymousName, categoryKey(m.category), sql::date(m.joinedOn),
                    memberStatusKey(m.status), sql::id(m.applicantId), m.id}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("member %1").arg(m.id)};
    return Done{};
}

StoreResult<Done> MemberRepository::remove(qint64 memberId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM members WHERE id = ?"), {memberId}))
        return sql::failure(q);
    if (q.numRowsAffected() == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("member %1").arg(memberId)};
    return Done{};
}

StoreResult<qint64> MemberRepository::memberIdForApplicant(qint64 applicantId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT id FROM members WHERE applicant_id = ? ORDER BY id LIMIT 1"),
                   {applicantId}))
        return sql::failure(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace tsunagu
