// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"
#include "domain/Contact.h"
#include "domain/Meeting.h"
#include "domain/Member.h"
#include "domain/Room.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tsunagu {

// The words and formats a host reads for domain values, in the current UI language.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString audience(Audience audience);
    static QString roomStatus(RoomStatus status);
    static QString category(Category category);
    static QString applicantStatus(ApplicantStatus status);
    static QString memberStatus(MemberStatus status);
    static QString contactKind(ContactKind kind);
    // A hint for the host, from its stable kind ("women_only_room", "minor", …).
    static QString hint(const QString& kind);
    // The name of a canonical form field ("name", "reply_address", …); empty for an unknown key.
    static QString fieldName(const QString& key);
    // The formats of dateTime() and date(), also for the window's date editors (QDateTimeEdit::setDisplayFormat).
    static QString dateTimeFormat();
    static QString dateFormat();
    // "2026年12月1日(火) 19:00" in Japanese.
    static QString dateTime(const QDateTime& dateTime);
    static QString date(const QDate& date);
    static QString time(const QTime& time);
    static QString days(int days);
};

} // namespace tsunagu
