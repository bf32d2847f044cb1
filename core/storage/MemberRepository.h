// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"
#include "storage/Database.h"

#include <QVector>

namespace tsunagu {

class MemberRepository
{
public:
    explicit MemberRepository(Database& database)
        : m_database(database)
    {}

    StoreResult<qint64> insert(const Member& member);
    // Every member with their room, by room then anonymous name.
    StoreResult<QVector<MemberRow>> all() const;
    // The members of one room, by anonymous name.
    StoreResult<QVector<Member>> forRoom(qint64 roomId) const;
    StoreResult<Done> update(const Member& member);
    StoreResult<Done> remove(qint64 memberId);

    // The member an applicant became (their id), or 0 when the applicant is on no roster yet.
    StoreResult<qint64> memberIdForApplicant(qint64 applicantId) const;

private:
    Database& m_database;
};

} // namespace tsunagu
