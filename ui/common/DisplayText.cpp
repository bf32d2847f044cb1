// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DisplayText.h"

#include <QLocale>

namespace tsunagu::ui {

QString DisplayText::audience(Audience audience)
{
    switch (audience) {
    case Audience::Persons:
        return tr("Persons");
    case Audience::Families:
        return tr("Families");
    case Audience::WomenOnly:
        return tr("Women only");
    case Audience::Open:
        return tr("Open to all");
    }
    return {};
}

QString DisplayText::roomStatus(RoomStatus status)
{
    return status == RoomStatus::Paused ? tr("Paused") : tr("Active", "room status");
}

QString DisplayText::category(Category category)
{
    switch (category) {
    case Category::Person:
        return tr("Person");
    case Category::Family:
        return tr("Family");
    case Category::Supporter:
        return tr("Supporter");
    case Category::Other:
        return tr("Other");
    case Category::Unknown:
        return tr("Not stated");
    }
    return {};
}

QString DisplayText::applicantStatus(ApplicantStatus status)
{
    switch (status) {
    case ApplicantStatus::New:
        return tr("New");
    case ApplicantStatus::Checking:
        return tr("Checking");
    case ApplicantStatus::Invited:
        return tr("Invited");
    case ApplicantStatus::Attending:
        return tr("Attending");
    case ApplicantStatus::OnHold:
        return tr("On hold");
    case ApplicantStatus::Referred:
        return tr("Referred to another room");
    case ApplicantStatus::NotEligible:
        return tr("Not eligible");
    case ApplicantStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString DisplayText::memberStatus(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return tr("Active", "member status");
    case MemberStatus::Inactive:
        return tr("Inactive");
    case MemberStatus::Left:
        return tr("Left");
    }
    return {};
}

QString DisplayText::contactKind(ContactKind kind)
{
    switch (kind) {
    case ContactKind::SpecialistClinic:
        return tr("Specialist medical institution");
    case ContactKind::Clinic:
        return tr("Clinic");
    case ContactKind::Hospital:
        return tr("Hospital");
    case ContactKind::ProbationOffice:
        return tr("Probation office");
    case ContactKind::HealthCentre:
        return tr("Public health centre");
    case ContactKind::MentalHealthCentre:
        return tr("Mental health and welfare centre");
    case ContactKind::RecoveryFacility:
        return tr("Recovery facility");
    case ContactKind::SelfHelpGroup:
        return tr("Self-help group");
    case ContactKind::FamilyAssociation:
        return tr("Family association");
    case ContactKind::Government:
        return tr("Local government");
    case ContactKind::School:
        return tr("School");
    case ContactKind::LegalDebt:
        return tr("Legal and debt advice");
    case ContactKind::Other:
        return tr("Other");
    }
    return {};
}

QString DisplayText::dateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    //: Date and time format (QDateTime::toString). Japanese: yyyy年M月d日(ddd) HH:mm
    return QLocale().toString(dateTime, tr("ddd d MMM yyyy, HH:mm"));
}

QString DisplayText::date(const QDate& date)
{
    if (!date.isValid())
        return {};
    //: Date format (QDate::toString). Japanese: yyyy年M月d日(ddd)
    return QLocale().toString(date, tr("ddd d MMM yyyy"));
}

QString DisplayText::time(const QTime& time)
{
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

QString DisplayText::days(int days)
{
    return tr("%n day(s)", nullptr, days);
}

} // namespace tsunagu::ui
