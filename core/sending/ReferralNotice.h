// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "mail/mime/OutgoingMail.h"
#include "storage/Database.h"

#include <QStringList>

namespace tsunagu {

// The short note to another room's reception address when a host refers an applicant there. It carries only
// what the applicant agreed to share (the referral's shared fields), in the other room's language (Japanese),
// and never the meeting details of either room.
class ReferralNotice
{
public:
    // The applicant fields a host may share, in the order the note lists them.
    static QStringList shareableFields();
    // A shareable field's Japanese name as the note writes it ("呼び名").
    static QString fieldLabel(const QString& key);

    struct Built
    {
        OutgoingMail mail;
        QString toAddress;
        QStringList sharedFields;
    };
    // NotFound without consent, without a reception address for the other room, or for an unknown referral.
    static StoreResult<Built> build(Database& database, const Clock& clock, qint64 referralId, const MailAddress& from,
                                    const QString& hostName);
};

} // namespace tsunagu
