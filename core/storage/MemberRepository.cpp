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

} // namespace tsunagu
