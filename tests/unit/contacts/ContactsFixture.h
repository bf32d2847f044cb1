// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh profile with the contact repositories, and functions that add a contact and an applicant who names one.
#pragma once

#include "RepositoryFixture.h"

#include "storage/ContactEventRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ReferralLinkRepository.h"

namespace tsunagu::test {

struct ContactsFixture : RepositoryFixture
{
    ContactRepository contacts{db};
    ContactEventRepository events{db};
    ReferralLinkRepository links{db};

    qint64 addContact(const QString& organisation, ContactKind kind = ContactKind::Clinic,
                      const QString& region = QStringLiteral("大阪府"), const QString& code = {})
    {
        Contact c;
        c.organisation = organisation;
        c.kind = kind;
        c.region = region;
        c.referralCode = code;
        auto id = contacts.insert(c);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 addApplicantFrom(qint64 roomId, const QString& name, const QString& referralSource)
    {
        Applicant a;
        a.roomId = roomId;
        a.anonymousName = name;
        a.replyAddress = name + QStringLiteral("@example.org");
        a.receivedAt = testNow();
        a.referralSource = referralSource;
        auto id = applicants.insert(a);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace tsunagu::test
