// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/DisplayText.h"

#include <QLocale>

namespace tsunagu {

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

QString DisplayText::hint(const QString& kind)
{
    if (kind == QLatin1String("women_only_room"))
        return tr("Women-only room, but the form does not say female");
    if (kind == QLatin1String("family_room_person"))
        return tr("Family room, but the applicant writes as the person");
    if (kind == QLatin1String("persons_room_family"))
        return tr("Room for persons, but the applicant writes as a family member");
    if (kind == QLatin1String("minor"))
        return tr("A minor, by the age on the form");
    if (kind == QLatin1String("possibly_minor"))
        return tr("May be a minor: this room reviews minors case by case");
    if (kind == QLatin1String("supporter"))
        return tr("A supporter or professional: the room decides on observers case by case");
    if (kind == QLatin1String("blocked"))
        return tr("You blocked this address before");
    if (kind == QLatin1String("answered_elsewhere"))
        return tr("Already answered from another mail program (marked as answered on the mail server)");
    if (kind == QLatin1String("duplicate"))
        return tr("Applied before from the same address: merge or keep both");
    if (kind == QLatin1String("room_paused"))
        return tr("The room is paused");
    if (kind == QLatin1String("no_room"))
        return tr("The application names no room: choose one");
    if (kind == QLatin1String("no_reply_address"))
        return tr("No address to reply to was found");
    if (kind == QLatin1String("direct_letter"))
        return tr("Written to the room directly, not through the form");
    if (kind == QLatin1String("attachments"))
        return tr("Has attachments (perhaps a referral letter): see the mail");
    return kind;
}

QString DisplayText::fieldName(const QString& key)
{
    if (key == QLatin1String("name"))
        return tr("Name");
    if (key == QLatin1String("reply_address"))
        return tr("E-mail");
    if (key == QLatin1String("category"))
        return tr("Applies as");
    if (key == QLatin1String("gender"))
        return tr("Gender");
    if (key == QLatin1String("age_band"))
        return tr("Age");
    if (key == QLatin1String("region"))
        return tr("Region");
    if (key == QLatin1String("country"))
        return tr("Country");
    if (key == QLatin1String("time_zone"))
        return tr("Time zone");
    if (key == QLatin1String("concern"))
        return tr("Concern");
    if (key == QLatin1String("referral_source"))
        return tr("Referred by");
    if (key == QLatin1String("introduction"))
        return tr("Self-introduction");
    if (key == QLatin1String("room"))
        return tr("Room");
    return {};
}

QString DisplayText::dateTimeFormat()
{
    //: Date and time format (QDateTime::toString). Japanese: yyyy年M月d日(ddd) HH:mm
    return tr("ddd d MMM yyyy, HH:mm");
}

QString DisplayText::dateFormat()
{
    //: Date format (QDate::toString). Japanese: yyyy年M月d日(ddd)
    return tr("ddd d MMM yyyy");
}

QString DisplayText::dateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime, dateTimeFormat());
}

QString DisplayText::date(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, dateFormat());
}

QString DisplayText::time(const QTime& time)
{
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

QString DisplayText::days(int days)
{
    return tr("%n day(s)", nullptr, days);
}

} // namespace tsunagu
