// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"

#include <QDate>
#include <QString>

namespace tsunagu {

enum class MemberStatus { Active, Inactive, Left };

struct Member
{
    qint64 id = 0;
    qint64 roomId = 0;
    QString anonymousName;
    Category category = Category::Person;
    QDate joinedOn;
    MemberStatus status = MemberStatus::Active;
    qint64 applicantId = 0;
};

struct MemberRow
{
    Member member;
    QString roomCode;
};

QString memberStatusKey(MemberStatus status);
MemberStatus memberStatusFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
