// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ApplicantColumns.h"

#include "storage/JsonColumns.h"
#include "storage/SqlSupport.h"

namespace tsunagu::applicantColumns {

Applicant readApplicant(const QSqlQuery& q, const Sealing& sealing)
{
    Applicant a;
    a.id = q.value(0).toLongLong();
    a.roomId = q.value(1).toLongLong();
    a.anonymousName = sealing.openText(q.value(2), s_name);
    a.replyAddress = sealing.openText(q.value(3), s_replyAddress);
    a.category = categoryFromKey(q.value(4).toString());
    a.genderAsWritten = q.value(5).toString();
    a.ageBand = q.value(6).toString();
    a.region = q.value(7).toString();
    a.country = q.value(8).toString();
    a.timeZone = q.value(9).toString();
    a.referralSource = q.value(10).toString();
    a.referralContactId = q.value(11).toLongLong();
    a.status = applicantStatusFromKey(q.value(12).toString());
    a.receivedAt = sql::toInstant(q.value(13));
    a.firstReplyAt = sql::toInstant(q.value(14));
    a.notes = sealing.openText(q.value(15), s_notes);
    a.duplicateOfId = q.value(16).toLongLong();
    a.duplicateState = duplicateStateFromKey(q.value(17).toString());
    a.concern = q.value(18).toString();
    a.introduction = sealing.openText(q.value(19), s_introduction);
    a.formFields = json::toFields(sealing.openText(q.value(20), s_formFields), s_introductionKey, a.introduction);
    a.hints = json::toHints(q.value(21).toString());
    return a;
}

} // namespace tsunagu::applicantColumns
