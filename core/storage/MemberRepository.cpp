// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MemberRepository.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace tsunagu {
namespace {

// The anonymous name is sealed in a sealed profile; one name per room is kept by the keyed hash beside it
// (name_hash, the name itself in a plain profile), so SQL neither compares nor sorts the name.
constexpr const char* s_name = "members.anonymous_name";

const QString s_memberColumns = QStringLiteral("m.id, m.room_id, m.anonymous_name, m.category, m.joined_on, "
                                               "m.status, m.applicant_id");

// Reads the member columns of s_memberColumns from the start of the row.
Member readMember(const QSqlQuery& q, const Sealing& sealing)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.roomId = q.value(1).toLongLong();
    m.anonymousName = sealing.openText(q.value(2), s_name);
    m.category = categoryFromKey(q.value(3).toString());
    m.joinedOn = sql::toDate(q.value(4));
    m.status = memberStatusFromKey(q.value(5).toString());
    m.applicantId = q.value(6).toLongLong();
    return m;
}

// Sorts by anonymous name as a Japanese reader expects (QCollator, Japanese); names equal to the collator keep a
// fixed order by their code points, then by id.
template <typename It, typename NameOf>
void sortByName(It begin, It end, NameOf nameOf)
{
    QCollator collator{QLocale(QLocale::Japanese, QLocale::Japan)};
    std::sort(begin, end, [&](const auto& a, const auto& b) {
        const Member& left = nameOf(a);
        const Member& right = nameOf(b);
        if (const int order = collator.compare(left.anonymousName, right.anonymousName); order != 0)
            return order < 0;
        if (const int order = left.anonymousName.compare(right.anonymousName); order != 0)
            return order < 0;
        return left.id < right.id;
    });
}

} // namespace

StoreResult<qint64> MemberRepository::insert(const Member& m)
{
    const Sealing sealing(m_database);
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO members (room_id, anonymous_name, name_hash, category, joined_on, "
                                  "status, applicant_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {m.roomId, sealing.text(m.anonymousName, s_name), sealing.valueHash(m.anonymousName, s_name),
                    categoryKey(m.category), sql::date(m.joinedOn), memberStatusKey(m.status), sql::id(m.applicantId)}))
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<QVector<MemberRow>> MemberRepository::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q, QStringLiteral("SELECT ") + s_memberColumns +
                          QStringLiteral(", r.code FROM members m JOIN rooms r ON r.id = m.room_id "
                                         "ORDER BY r.sort_order, r.code, m.id")))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<MemberRow> rows;
    while (q.next()) {
        MemberRow row;
        row.member = readMember(q, sealing);
        row.roomCode = q.value(7).toString();
        rows.append(row);
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a member"));
    // The rows come grouped by room in the rooms' order; within each room, by name.
    const auto nameOf = [](const MemberRow& row) -> const Member& {
        return row.member;
    };
    for (auto start = rows.begin(); start != rows.end();) {
        const auto end = std::find_if(
            start, rows.end(), [room = start->member.roomId](const MemberRow& r) { return r.member.roomId != room; });
        sortByName(start, end, nameOf);
        start = end;
    }
    return rows;
}

StoreResult<QVector<Member>> MemberRepository::forRoom(qint64 roomId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + s_memberColumns + QStringLiteral(" FROM members m WHERE m.room_id = ?"),
                   {roomId}))
        return sql::failure(q);
    const Sealing sealing(m_database);
    QVector<Member> list;
    while (q.next())
        list.append(readMember(q, sealing));
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a member"));
    sortByName(list.begin(), list.end(), [](const Member& m) -> const Member& { return m; });
    return list;
}

StoreResult<Done> MemberRepository::update(const Member& m)
{
    const Sealing sealing(m_database);
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE members SET room_id = ?, anonymous_name = ?, name_hash = ?, category = ?, "
                                  "joined_on = ?, status = ?, applicant_id = ? WHERE id = ?"),
                   {m.roomId, sealing.text(m.anonymousName, s_name), sealing.valueHash(m.anonymousName, s_name),
                    categoryKey(m.category), sql::date(m.joinedOn), memberStatusKey(m.status), sql::id(m.applicantId),
                    m.id}))
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
